package org.cultivar.subsidy.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An amount in the making: the exact yuan so far and the steps that led there. Amounts stay
 * exact (a rate may leave more than two decimals) until the assessment rounds once, at the end.
 */
public record Calculation(BigDecimal amount, List<CalculationStep> steps) {

    public Calculation {
        steps = List.copyOf(steps);
    }

    /** The first step of a calculation. */
    public static Calculation start(String name, BigDecimal figure, BigDecimal amount, BilingualText text) {
        return new Calculation(amount, List.of(new CalculationStep(name, figure, amount, text)));
    }

    /** This calculation continued by one step that leaves {@code newAmount}. */
    public Calculation then(String name, BigDecimal figure, BigDecimal newAmount, BilingualText text) {
        List<CalculationStep> more = new ArrayList<>(steps);
        more.add(new CalculationStep(name, figure, newAmount, text));
        return new Calculation(newAmount, more);
    }
}
