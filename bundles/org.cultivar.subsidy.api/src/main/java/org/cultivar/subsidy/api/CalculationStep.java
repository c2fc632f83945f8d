package org.cultivar.subsidy.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of an amount calculation, as the approval screen and the award's record show it.
 *
 * @param name   what the step is, e.g. {@code base}, {@code rate}, {@code band}, {@code cap},
 *               {@code previous-awards}, {@code top-up}, {@code yearly-cap}, {@code rounded}
 * @param figure the step's own figure: the base, the rate in percent, the cap, the band's lower edge, …
 * @param amount the exact amount in yuan after the step (rounded only by the last step)
 */
public record CalculationStep(String name, BigDecimal figure, BigDecimal amount, BilingualText text) {

    public CalculationStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(text, "text");
    }
}
