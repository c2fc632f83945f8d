package org.cultivar.subsidy.api.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Fixtures;
import org.junit.jupiter.api.Test;

class ProcessValuesTest {

    private static final BilingualText NAME = BilingualText.of("复核", "Review");

    @Test
    void theDefaultChainIsClerkRecordsAnotherClerkReviewsAnOfficialApproves() {
        assertThat(ApprovalChain.DEFAULT.steps()).extracting(ApprovalStep::role).containsExactly(Role.CLERK, Role.OFFICIAL);
        assertThat(ApprovalChain.DEFAULT.people()).isEqualTo(3);
    }

    @Test
    void aChainNeedsAtLeastTwoPeopleAndNoAuditorDecides() {
        assertThatThrownBy(() -> new ApprovalChain(List.of())).hasMessageContaining("two people at least");
        assertThat(new ApprovalChain(List.of(new ApprovalStep("approve", NAME, Role.OFFICIAL))).people()).isEqualTo(2);
        assertThatThrownBy(() -> new ApprovalStep("audit", NAME, Role.AUDITOR)).hasMessageContaining("clerk, an official");
        assertThatThrownBy(() -> new ApprovalChain(List.of(new ApprovalStep("a", NAME, Role.CLERK), new ApprovalStep("a", NAME, Role.OFFICIAL))))
                .hasMessageContaining("distinct keys");
    }

    @Test
    void theAvailableBudgetIsWhatIsNeitherCommittedNorDisbursedPlusWhatWasRecovered() {
        BudgetPosition position = new BudgetPosition("guangzhou.rent", 2025, Fixtures.millions("10"), Fixtures.millions("3"),
                Fixtures.millions("4"), Fixtures.millions("0.5"));

        assertThat(position.available()).isEqualTo(Fixtures.millions("3.5"));
        assertThatThrownBy(() -> new BudgetPosition("guangzhou.rent", 2025, Fixtures.millions("10"), Money.parse("-1"), Money.ZERO, Money.ZERO))
                .hasMessageContaining("never missing or negative");
    }

    @Test
    void aRecoveryNeverTakesBackMoreThanIsDue() {
        Recovery recovery = new Recovery(1, 0, 2, "guangzhou.rent", Fixtures.HUANGPU_FIRM, Fixtures.millions("2"), Fixtures.millions("0.5"),
                Recovery.Status.OPEN, "title revoked", "system", LocalDate.of(2025, 6, 1));

        assertThat(recovery.outstanding()).isEqualTo(Fixtures.millions("1.5"));
        assertThatThrownBy(() -> new Recovery(1, 0, 2, "guangzhou.rent", Fixtures.HUANGPU_FIRM, Fixtures.millions("1"), Fixtures.millions("2"),
                Recovery.Status.OPEN, "x", "system", LocalDate.of(2025, 6, 1))).hasMessage("More repaid than due");
    }
}
