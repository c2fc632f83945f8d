package org.cultivar.subsidy.api;

/**
 * One tranche of an instalment arrangement.
 *
 * @param weight              the tranche's share of the total, relative to the other tranches' weights
 * @param yearOffset          fiscal years after the award's first fiscal year the tranche falls due
 * @param conditionalOnReview whether the tranche is paid only after a passed performance review
 */
public record TrancheTerm(int weight, int yearOffset, boolean conditionalOnReview) {

    public TrancheTerm {
        if (weight < 1 || weight > 1_000_000) {
            throw new IllegalArgumentException("A tranche's weight must be 1 to 1000000, not " + weight);
        }
        if (yearOffset < 0 || yearOffset > 20) {
            throw new IllegalArgumentException("A tranche falls due 0 to 20 years after the award, not " + yearOffset);
        }
    }
}
