package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.subsidy.EngineFixture.ADMIN;
import static org.cultivar.subsidy.EngineFixture.CULTIVATION;
import static org.cultivar.subsidy.EngineFixture.GUANGZHOU;
import static org.cultivar.subsidy.EngineFixture.GZ_AUDITOR;
import static org.cultivar.subsidy.EngineFixture.GZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.GZ_OFFICIAL;
import static org.cultivar.subsidy.EngineFixture.GZ_OFFICIAL_2;
import static org.cultivar.subsidy.EngineFixture.GZ_REVIEWER;
import static org.cultivar.subsidy.EngineFixture.RENT;
import static org.cultivar.subsidy.EngineFixture.SZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.TODAY;
import static org.cultivar.subsidy.EngineFixture.yuan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Sector;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalDecision.Verdict;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Segregation of duties, regions, races, bad input and schedules that go away; the ledger balanced after every test. */
abstract class ApprovalContract {

    private EngineFixture fixture;

    abstract TestDatabase database();

    @BeforeEach
    void open() {
        fixture = new EngineFixture(database());
    }

    @AfterEach
    void close() {
        try {
            fixture.assertLedgerBalances();
        } finally {
            fixture.close();
        }
    }

    @Test
    void nobodyApprovesWhatTheyRecordedOrTakesTwoSteps() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        Application recorded = fixture.recorded(fixture.specializedFirm(1));
        assertThatThrownBy(() -> fixture.approvals.decide(GZ_CLERK, recorded.id(), recorded.version(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("recorded");
        assertThatThrownBy(() -> fixture.approvals.decide(GZ_OFFICIAL, recorded.id(), recorded.version(), Verdict.APPROVE, null))
                .as("the review is a clerk's step").isInstanceOf(AccessDeniedException.class);
        var clerkAndOfficial = EngineFixture.actor("gz.both", GUANGZHOU, Role.CLERK, Role.OFFICIAL);
        Application reviewed = fixture.approvals.decide(clerkAndOfficial, recorded.id(), recorded.version(), Verdict.APPROVE, null);
        assertThatThrownBy(() -> fixture.approvals.decide(clerkAndOfficial, reviewed.id(), reviewed.version(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("already took a step");
        var administrator = EngineFixture.actor("gz.admin", GUANGZHOU, Role.ADMINISTRATOR);
        assertThatThrownBy(() -> fixture.approvals.decide(administrator, reviewed.id(), reviewed.version(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.count("subsidy_award")).isZero();
        assertThat(fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null).status())
                .isEqualTo(Application.Status.APPROVED);
    }

    @Test
    void aReturnedApplicationIsCorrectedByAnotherClerkWhoThenMayNotReviewIt() {
        CreditCode firm = fixture.specializedFirm(1);
        Application recorded = fixture.recorded(firm);
        assertThatThrownBy(() -> fixture.approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), Verdict.RETURN, " "))
                .isInstanceOf(InvalidInputException.class);
        Application returned = fixture.approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), Verdict.RETURN, "缺营业执照");
        Application corrected = fixture.applications.correct(GZ_REVIEWER, returned.id(), returned.version(),
                ApplicationInput.withoutFields(firm, TODAY), Set.of("licence"));
        assertThat(corrected.recordedBy()).isEqualTo("gz.reviewer");
        assertThatThrownBy(() -> fixture.approvals.decide(GZ_REVIEWER, corrected.id(), corrected.version(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.approvals.decide(GZ_CLERK, corrected.id(), corrected.version(), Verdict.APPROVE, null).status())
                .isEqualTo(Application.Status.AWAITING_DECISION);
    }

    @Test
    void ofTwoRacingApprovalsOfOneApplicationExactlyOneWins() throws Exception {
        fixture.appropriate(CULTIVATION, 2026, "10000000");
        Application reviewed = fixture.reviewed(fixture.specializedFirm(1));
        List<Object> outcomes = Races.race(List.of(
                () -> fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null),
                () -> fixture.approvals.decide(GZ_OFFICIAL_2, reviewed.id(), reviewed.version(), Verdict.APPROVE, null)));
        assertThat(outcomes).filteredOn(Application.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(fixture.count("subsidy_award")).isEqualTo(1);
        assertThat(fixture.budgets.position(GZ_OFFICIAL, CULTIVATION, 2026).committed()).isEqualTo(yuan("500000"));
    }

    @Test
    void approvalsRacingForTheLastOfABudgetNeverExceedIt() throws Exception {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        List<Callable<Object>> approvals = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            Application reviewed = fixture.reviewed(fixture.specializedFirm(n));
            approvals.add(() -> fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null));
        }
        List<Object> outcomes = Races.race(approvals);
        assertThat(outcomes).filteredOn(Application.class::isInstance).hasSize(2);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(2)
                .allSatisfy(refusal -> assertThat(((Exception) refusal).getMessage()).contains("left"));
        assertThat(fixture.budgets.position(GZ_OFFICIAL, CULTIVATION, 2026).committed()).isEqualTo(yuan("1000000"));
        assertThat(fixture.count("subsidy_award")).isEqualTo(2);
        assertThat(fixture.count("subsidy_payout")).isEqualTo(2);
    }

    @Test
    void regionsAreIsolatedAuditorsOnlyReadAndAdministratorsHaveNoPayoutRights() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        CreditCode firm = fixture.specializedFirm(1);
        Application recorded = fixture.recorded(firm);
        Map<String, Long> before = fixture.tables();
        ApplicationInput input = ApplicationInput.withoutFields(firm, TODAY);
        for (var outsider : List.of(SZ_CLERK, GZ_AUDITOR, ADMIN, GZ_OFFICIAL)) {
            assertThatThrownBy(() -> fixture.applications.record(outsider, CULTIVATION, input, Set.of()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixture.applications.application(SZ_CLERK, recorded.id())).isEmpty();
        assertThat(fixture.applications.worklist(SZ_CLERK, Application.Status.AWAITING_DECISION, 0, 50)).isEmpty();
        assertThatThrownBy(() -> fixture.approvals.decide(SZ_CLERK, recorded.id(), recorded.version(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.approvals.decide(GZ_AUDITOR, recorded.id(), recorded.version(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.applications.withdraw(GZ_AUDITOR, recorded.id(), recorded.version(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.applications.application(ADMIN, recorded.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.budgets.position(SZ_CLERK, CULTIVATION, 2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.batches.create(ADMIN, CULTIVATION, List.of(1L), "k")).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.applications.worklist(GZ_AUDITOR, Application.Status.AWAITING_DECISION, 0, 50)).hasSize(1);
        assertThat(fixture.tables()).isEqualTo(before);
    }

    @Test
    void theStoredAssessmentNeverChangesWhenTheRegistryDoes() {
        CreditCode firm = fixture.specializedFirm(1);
        Application recorded = fixture.recorded(firm);
        fixture.registry.enterprise(new Enterprise(firm, "改名后的企业", null, GUANGZHOU, Sector.ROBOTICS_AND_CNC, null, false));
        fixture.registry.revoke(fixture.titleOf(firm), TODAY);
        Application stored = fixture.applications.application(GZ_AUDITOR, recorded.id()).orElseThrow();
        assertThat(stored.assessment()).isEqualTo(recorded.assessment());
        assertThat(stored.assessment().facts().enterprise().nameZh()).isEqualTo("广州企业1");
        assertThat(stored.assessment().facts().titles()).singleElement()
                .satisfies(title -> assertThat(title.endedOn()).isNull());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        CreditCode firm = fixture.specializedFirm(1);
        Map<String, Long> before = fixture.tables();
        Map<String, String> problems = Map.of("-5", "rent", "1.234", "rent", "99999999999999999999", "rent", "2000000.01", "rent",
                "1e6", "rent");
        problems.forEach((rent, field) -> assertThatThrownBy(() -> fixture.applications.record(GZ_CLERK, RENT,
                new ApplicationInput(firm, TODAY, Map.of("rent", rent)), Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field()).contains(field)));
        assertThatThrownBy(() -> fixture.applications.record(GZ_CLERK, RENT,
                new ApplicationInput(firm, TODAY.withMonth(7), Map.of("rent", "100")), Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field()).contains("applicationDate"));
        assertThatThrownBy(() -> fixture.applications.record(GZ_CLERK, CULTIVATION, ApplicationInput.withoutFields(firm, TODAY), Set.of("bribe")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field()).contains("documentsReceived"));
        assertThatThrownBy(() -> fixture.budgets.appropriate(GZ_OFFICIAL, CULTIVATION, 2026, yuan("-1"), "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixture.budgets.appropriate(GZ_OFFICIAL, CULTIVATION, 1900, yuan("1"), "x")).isInstanceOf(InvalidInputException.class);
        assertThat(fixture.tables()).isEqualTo(before);
    }

    @Test
    void anIneligibleApplicationIsRecordedWithItsReasonsButNeverApproved() {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        CreditCode firm = EngineFixture.code(9, "440100");
        fixture.registry.enterprise(new Enterprise(firm, "无称号企业", null, GUANGZHOU, Sector.ROBOTICS_AND_CNC, null, false));
        Application recorded = fixture.recorded(firm);
        assertThat(recorded.assessment().eligibility().eligible()).isFalse();
        assertThat(recorded.assessment().eligibility().failures()).isNotEmpty()
                .allSatisfy(failure -> assertThat(failure.explanation().en()).isNotBlank());
        Application reviewed = fixture.approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), Verdict.APPROVE, null);
        assertThatThrownBy(() -> fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not eligible");
        assertThat(fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.REJECT, "无称号").status())
                .isEqualTo(Application.Status.REJECTED);
    }

    @Test
    void aScheduleThatIsNotRunningOrStopsMidAssessmentLeavesNothingWritten() {
        CreditCode firm = fixture.specializedFirm(1);
        Map<String, Long> before = fixture.tables();
        fixture.schedules.removeSchedule(fixture.cultivation);
        assertThatThrownBy(() -> fixture.recorded(firm)).isInstanceOf(ScheduleUnavailableException.class);
        fixture.schedules.addSchedule(fixture.cultivation);
        fixture.registry.onTitleLookup(() -> {
            fixture.schedules.removeSchedule(fixture.cultivation);
            throw new IllegalStateException("bundle stopped: its service object is no longer valid");
        });
        assertThatThrownBy(() -> fixture.recorded(firm)).isInstanceOf(ScheduleUnavailableException.class)
                .hasMessageContaining(CULTIVATION);
        assertThat(fixture.tables()).isEqualTo(before);
    }

    @Test
    void theSameEnterpriseAndPurposeUnderAnotherScheduleIsFlaggedForReviewers() {
        CreditCode firm = fixture.specializedFirm(1);
        Application guangzhou = fixture.recorded(firm);
        Application shenzhen = fixture.applications.record(SZ_CLERK, EngineFixture.SZ_CULTIVATION,
                ApplicationInput.withoutFields(firm, TODAY), Set.of());
        assertThat(shenzhen.assessment().eligibility().failures()).extracting(f -> f.condition()).contains("registered-in-region");
        assertThat(fixture.applications.duplicateFlags(SZ_CLERK, shenzhen.id())).singleElement()
                .satisfies(flag -> assertThat(flag).contains("Application " + guangzhou.id()).contains("cultivation"));
        assertThat(fixture.applications.duplicateFlags(GZ_CLERK, guangzhou.id())).isEmpty();
    }
}
