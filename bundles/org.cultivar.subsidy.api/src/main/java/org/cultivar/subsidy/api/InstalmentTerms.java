package org.cultivar.subsidy.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.cultivar.core.api.money.Money;

/**
 * How a schedule pays its awards: in one tranche, or split over years by weights (national
 * support: 6 M as three equal yearly tranches, the last after a performance review).
 */
public record InstalmentTerms(List<TrancheTerm> tranches) {

    public InstalmentTerms {
        tranches = List.copyOf(tranches);
        if (tranches.isEmpty() || tranches.size() > 20) {
            throw new IllegalArgumentException("Instalments need 1 to 20 tranches, not " + tranches.size());
        }
        for (int i = 1; i < tranches.size(); i++) {
            if (tranches.get(i).yearOffset() < tranches.get(i - 1).yearOffset()) {
                throw new IllegalArgumentException("Tranche " + (i + 1) + " falls due before tranche " + i);
            }
        }
    }

    /** Paid at once, in the award's fiscal year. */
    public static InstalmentTerms single() {
        return new InstalmentTerms(List.of(new TrancheTerm(1, 0, false)));
    }

    /** Equal tranches in consecutive fiscal years. */
    public static InstalmentTerms yearly(int years, boolean lastConditionalOnReview) {
        return new InstalmentTerms(IntStream.range(0, years)
                .mapToObj(year -> new TrancheTerm(1, year, lastConditionalOnReview && year == years - 1)).toList());
    }

    /**
     * The award split into tranches by weight. Every tranche but the last is its exact share cut
     * down to the fen; the last takes the remainder, so the tranches sum exactly to the award, no
     * fen is lost and none is negative (rounding the shares half-up could overshoot the total).
     */
    public InstalmentPlan split(Money total, int firstFiscalYear) {
        if (total.isNegative()) {
            throw new IllegalArgumentException("An award is never negative");
        }
        BigDecimal allWeights = BigDecimal.valueOf(tranches.stream().mapToLong(TrancheTerm::weight).sum());
        List<Tranche> plan = new ArrayList<>();
        Money allotted = Money.ZERO;
        for (int i = 0; i < tranches.size(); i++) {
            TrancheTerm term = tranches.get(i);
            Money amount = i == tranches.size() - 1 ? total.minus(allotted)
                    : Money.ofYuan(total.yuan().multiply(BigDecimal.valueOf(term.weight())).divide(allWeights, 2, RoundingMode.DOWN));
            plan.add(new Tranche(i + 1, amount, firstFiscalYear + term.yearOffset(), term.conditionalOnReview()));
            allotted = allotted.plus(amount);
        }
        return new InstalmentPlan(plan);
    }
}
