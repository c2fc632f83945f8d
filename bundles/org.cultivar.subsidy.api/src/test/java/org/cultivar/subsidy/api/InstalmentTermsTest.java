package org.cultivar.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.subsidy.api.Fixtures.millions;
import static org.cultivar.subsidy.api.Fixtures.yuan;

import java.util.List;

import org.junit.jupiter.api.Test;

class InstalmentTermsTest {

    @Test
    void nationalSupportIsThreeYearlyTranchesOfTwoMillionTheLastAfterAReview() {
        InstalmentPlan plan = InstalmentTerms.yearly(3, true).split(millions("6"), 2024);

        assertThat(plan.tranches()).containsExactly(
                new Tranche(1, millions("2"), 2024, false),
                new Tranche(2, millions("2"), 2025, false),
                new Tranche(3, millions("2"), 2026, true));
    }

    @Test
    void theLastTrancheTakesTheFenLeftByCuttingTheOthers() {
        InstalmentPlan plan = InstalmentTerms.yearly(3, false).split(yuan("100.00"), 2025);

        assertThat(plan.tranches()).extracting(Tranche::amount).containsExactly(yuan("33.33"), yuan("33.33"), yuan("33.34"));
        assertThat(plan.total()).isEqualTo(yuan("100.00"));
    }

    @Test
    void weightsSplitUnevenlyAndTranchesMayShareAYear() {
        InstalmentTerms terms = new InstalmentTerms(List.of(new TrancheTerm(40, 0, false), new TrancheTerm(30, 0, false),
                new TrancheTerm(30, 2, true)));

        InstalmentPlan plan = terms.split(yuan("1000000.01"), 2025);

        assertThat(plan.tranches()).extracting(Tranche::amount).containsExactly(yuan("400000.00"), yuan("300000.00"), yuan("300000.01"));
        assertThat(plan.tranches()).extracting(Tranche::fiscalYear).containsExactly(2025, 2025, 2027);
    }

    @Test
    void manySmallTranchesOfATinyAmountNeverGoNegative() {
        InstalmentPlan plan = InstalmentTerms.yearly(6, false).split(yuan("0.03"), 2025);

        assertThat(plan.tranches()).extracting(Tranche::amount)
                .containsExactly(yuan("0"), yuan("0"), yuan("0"), yuan("0"), yuan("0"), yuan("0.03"));
    }

    @Test
    void aSingleTrancheIsTheWholeAward() {
        assertThat(InstalmentTerms.single().split(yuan("123.45"), 2025).tranches())
                .containsExactly(new Tranche(1, yuan("123.45"), 2025, false));
    }

    @Test
    void refusesTermsThatMakeNoSense() {
        assertThatThrownBy(() -> new InstalmentTerms(List.of())).hasMessageContaining("1 to 20 tranches");
        assertThatThrownBy(() -> new TrancheTerm(0, 0, false)).hasMessageContaining("weight");
        assertThatThrownBy(() -> new TrancheTerm(1, -1, false)).hasMessageContaining("0 to 20 years");
        assertThatThrownBy(() -> new InstalmentTerms(List.of(new TrancheTerm(1, 1, false), new TrancheTerm(1, 0, false))))
                .hasMessage("Tranche 2 falls due before tranche 1");
        assertThatThrownBy(() -> InstalmentTerms.single().split(yuan("-1"), 2025)).hasMessageContaining("never negative");
    }
}
