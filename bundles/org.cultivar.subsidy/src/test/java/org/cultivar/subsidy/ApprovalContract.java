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
import static org.cultivar.subsidy.EngineFixture.SZ_CULTIVATION;
import static org.cultivar.subsidy.EngineFixture.TALENT;
import static org.cultivar.subsidy.EngineFixture.TODAY;
import static org.cultivar.subsidy.EngineFixture.yuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Sector;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalStep;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.process.ApprovalDecision.Verdict;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.BulkDecision;
import org.cultivar.subsidy.api.process.BulkDecision.Refusal;
import org.cultivar.subsidy.api.process.BulkDecision.Selected;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Segregation of duties, regions, races, bad input and schedules that go away; decisions on many
 * applications at once, each judged as a decision on it alone would judge it; the ledger balanced
 * after every test.
 */
abstract class ApprovalContract {

    /** A person holding both roles: clerks record, officials approve. */
    private static final Actor CLERK_AND_OFFICIAL = EngineFixture.actor("gz.both", GUANGZHOU, Role.CLERK, Role.OFFICIAL);

    /** How often a race that may happen not to overlap is run. */
    private static final int RACE_ROUNDS = 20;

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
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("recorded")
                .satisfies(denied -> assertThat(((AccessDeniedException) denied).chinese()).contains("由您登记，须由他人审批"));
        assertThatThrownBy(() -> fixture.approvals.decide(GZ_OFFICIAL, recorded.id(), recorded.version(), Verdict.APPROVE, null))
                .as("the review is a clerk's step").isInstanceOf(AccessDeniedException.class);
        var clerkAndOfficial = CLERK_AND_OFFICIAL;
        Application reviewed = fixture.approvals.decide(clerkAndOfficial, recorded.id(), recorded.version(), Verdict.APPROVE, null);
        assertThatThrownBy(() -> fixture.approvals.decide(clerkAndOfficial, reviewed.id(), reviewed.version(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("already took a step");
        var administrator = EngineFixture.actor("gz.admin", GUANGZHOU, Role.ADMINISTRATOR);
        assertThatThrownBy(() -> fixture.approvals.decide(administrator, reviewed.id(), reviewed.version(), Verdict.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.count("subsidy_award")).isZero();
        Application approved = fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null);
        assertThat(approved.status()).isEqualTo(Application.Status.APPROVED);
        assertThatThrownBy(() -> fixture.applications.withdraw(GZ_CLERK, approved.id(), approved.version(), "企业已迁出"))
                .as("the state named as the Chinese screens name it").isInstanceOfSatisfying(ConflictException.class, conflict ->
                        assertThat(conflict.text().zh()).isEqualTo("申请 " + approved.id() + " 当前状态为“已批准”，已不能撤回。"));
    }

    @Test
    void aChainChangedInTheConfigurationAppliesToNewRoundsNotToApplicationsOnTheirWay() {
        fixture.appropriate(CULTIVATION, 2026, "2000000");
        ApprovalChain threeSteps = new ApprovalChain(List.of(
                new ApprovalStep("review", BilingualText.of("复核", "Review"), Role.CLERK),
                new ApprovalStep("check", BilingualText.of("会签", "Check"), Role.OFFICIAL),
                new ApprovalStep("approve", BilingualText.of("审批", "Approval"), Role.OFFICIAL)));
        ApprovalsService underThree = approvalsWith(Map.of(CULTIVATION, threeSteps));
        Application onItsWay = fixture.recorded(fixture.specializedFirm(1));
        Application reviewed = underThree.decide(GZ_REVIEWER, onItsWay.id(), onItsWay.version(), Verdict.APPROVE, null);

        // the configuration goes back to the default review and approval
        ApprovalsService underTwo = approvalsWith(Map.of());
        Application checked = underTwo.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null);
        assertThat(checked.status()).as("the round started under three steps, so the second is not the last")
                .isEqualTo(Application.Status.AWAITING_DECISION);
        assertThatThrownBy(() -> underTwo.decide(GZ_REVIEWER, checked.id(), checked.version(), Verdict.APPROVE, null))
                .as("its third step is still an official's").isInstanceOf(AccessDeniedException.class);
        assertThat(underTwo.decide(GZ_OFFICIAL_2, checked.id(), checked.version(), Verdict.APPROVE, null).status())
                .isEqualTo(Application.Status.APPROVED);

        Application recordedAfter = fixture.recorded(fixture.specializedFirm(2));
        Application reviewedAfter = underTwo.decide(GZ_REVIEWER, recordedAfter.id(), recordedAfter.version(), Verdict.APPROVE, null);
        assertThat(underTwo.decide(GZ_OFFICIAL, reviewedAfter.id(), reviewedAfter.version(), Verdict.APPROVE, null).status())
                .as("an application whose round starts after the change follows the chain in force").isEqualTo(Application.Status.APPROVED);
    }

    @Test
    void aRoundStartedBeforeChainsWereKeptThatTookMoreStepsThanTheChainNowHasIsRefusedClearly() {
        fixture.appropriate(CULTIVATION, 2026, "2000000");
        Application recorded = fixture.recorded(fixture.specializedFirm(1));
        Application reviewed = fixture.approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), Verdict.APPROVE, null);
        // as an application of a version before V9 stands: a step taken, no chain kept; and the chain now has one step
        fixture.execute("UPDATE subsidy_application SET approval_chain = NULL WHERE id = " + reviewed.id());
        ApprovalsService underOne = approvalsWith(Map.of(CULTIVATION, new ApprovalChain(List.of(
                new ApprovalStep("approve", BilingualText.of("审批", "Approval"), Role.OFFICIAL)))));
        assertThatThrownBy(() -> underOne.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has taken 1 approval steps, but the chain in force has only 1");
    }

    private ApprovalsService approvalsWith(Map<String, ApprovalChain> chains) {
        return new ApprovalsService(fixture.engine, new EngineSettings(chains, Map.of(), "广州市工业和信息化局", 500));
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
    void aSecondApplicationOfTheSameEnterpriseRecordedBeforeTheFirstWasAwardedIsNotAwardedOnceItIs() {
        List<Application> both = twoReviewedOfOneFirm();
        CreditCode firm = both.get(0).enterprise();
        Application first = both.get(0);
        Application second = both.get(1);
        assertThat(second.assessment().eligibility().eligible()).as("judged before any award").isTrue();

        fixture.approvals.decide(GZ_OFFICIAL, first.id(), first.version(), Verdict.APPROVE, null);

        assertThatThrownBy(() -> fixture.approvals.decide(GZ_OFFICIAL, second.id(), second.version(), Verdict.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("once-only limit")
                .hasMessageContaining("once per enterprise");
        assertThat(fixture.awards.ofEnterprise(GZ_CLERK, firm)).hasSize(1);
        assertThat(fixture.budgets.position(GZ_CLERK, CULTIVATION, 2026).committed()).isEqualTo(yuan("500000.00"));
    }

    @Test
    void ofTwoApplicationsOfOneEnterpriseInOneBulkApprovalOnlyTheFirstIsAwarded() {
        List<Application> both = twoReviewedOfOneFirm();
        CreditCode firm = both.get(0).enterprise();
        Application first = both.get(0);
        Application second = both.get(1);

        BulkDecision result = fixture.approvals.decideAll(GZ_OFFICIAL, List.of(selected(first), selected(second)), Verdict.APPROVE, null);

        assertThat(result.decided()).extracting(BulkDecision.Decided::applicationId).containsExactly(first.id());
        assertThat(result.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.applicationId()).isEqualTo(second.id());
            assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
            assertThat(refused.reason()).contains("another application approved in the same action");
        });
        assertThat(fixture.awards.ofEnterprise(GZ_CLERK, firm)).hasSize(1);
        assertThat(fixture.audit.events("application.decision-refused")).as("the refusal is in the trail")
                .singleElement().satisfies(entry -> {
                    assertThat(entry.entityId()).isEqualTo(Long.toString(second.id()));
                    assertThat(entry.actor()).isEqualTo(GZ_OFFICIAL);
                    assertThat(entry.after()).contains("\"verdict\":\"APPROVE\"", "\"refusal\":\"CONFLICT\"");
                });
        assertThat(fixture.audit.events("application.decided-in-bulk")).singleElement().satisfies(entry -> {
            assertThat(entry.region()).isEqualTo("440100");
            assertThat(entry.after()).isEqualTo("{\"verdict\":\"APPROVE\",\"decisions\":2,\"decided\":1,\"refused\":1}");
        });
    }

    /** Two applications of one Specialized SME under the once-per-enterprise cultivation award, both reviewed, budget for both. */
    private List<Application> twoReviewedOfOneFirm() {
        fixture.appropriate(CULTIVATION, 2026, "2000000");
        CreditCode firm = fixture.specializedFirm(1);
        Application first = fixture.reviewed(firm);
        Application second = fixture.reviewed(firm);
        return List.of(first, second);
    }

    @Test
    void anApplicationThatAnAwardMadeSinceItWasRecordedPushesOverTheYearlyCapIsRefusedAndCanBeReturnedForCorrection() {
        List<Application> both = twoTalentApplicationsOfOneFirm();
        Application first = both.get(0);
        Application second = both.get(1);
        CreditCode firm = first.enterprise();
        assertThat(second.assessment().award().orElseThrow().amount()).as("capped before any award").isEqualTo(yuan("200000"));
        fixture.approvals.decide(GZ_OFFICIAL, first.id(), first.version(), Verdict.APPROVE, null);
        long firstAward = awardOf(first).id();
        Map<String, Long> before = fixture.tables();
        int decisionsAudited = fixture.audit.events("application.decided").size();

        assertThatThrownBy(() -> fixture.approvals.decide(GZ_OFFICIAL, second.id(), second.version(), Verdict.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessage("Application " + second.id() + " can no longer be approved: the yearly"
                        + " cap of guangzhou.talent is CNY 300,000.00 per enterprise, and the enterprise was already awarded CNY 200,000.00"
                        + " under it in 2026 (award " + firstAward + ": CNY 200,000.00), so this application's CNY 200,000.00 would exceed"
                        + " the cap, which has CNY 100,000.00 left. Return it for correction, so that it is assessed again against what is"
                        + " left of the cap, or reject it.");
        assertThat(stored(second.id())).isEqualTo(second);
        assertThat(fixture.tables()).isEqualTo(before);
        assertThat(fixture.budgets.position(GZ_CLERK, TALENT, 2026).committed()).isEqualTo(yuan("200000"));
        assertThat(fixture.audit.events("application.decided")).hasSize(decisionsAudited);

        Application returned = fixture.approvals.decide(GZ_OFFICIAL, second.id(), second.version(), Verdict.RETURN, "超过年度上限");
        Application corrected = fixture.applications.correct(GZ_CLERK, returned.id(), returned.version(),
                new ApplicationInput(firm, TODAY, Map.of("claimed", "200000")), Set.of());
        assertThat(corrected.assessment().award().orElseThrow().amount()).isEqualTo(yuan("100000"));
        Application reviewed = fixture.approvals.decide(GZ_REVIEWER, corrected.id(), corrected.version(), Verdict.APPROVE, null);
        assertThat(fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null).status())
                .isEqualTo(Application.Status.APPROVED);
        assertThat(fixture.budgets.position(GZ_CLERK, TALENT, 2026).committed()).isEqualTo(yuan("300000"));
    }

    @Test
    void inOneBulkApprovalTheApplicationThatWouldExceedTheYearlyCapIsRefusedAndTheOthersAreApproved() {
        List<Application> both = twoTalentApplicationsOfOneFirm();
        CreditCode firm = both.get(0).enterprise();
        Application otherFirm = talentReviewed(fixture.specializedFirm(2), TODAY);
        Application smaller = talentReviewed(firm, TODAY, "100000");

        BulkDecision result = fixture.approvals.decideAll(GZ_OFFICIAL,
                List.of(selected(both.get(0)), selected(both.get(1)), selected(otherFirm), selected(smaller)), Verdict.APPROVE, null);

        assertThat(result.decided()).extracting(BulkDecision.Decided::applicationId)
                .as("the refused one does not count towards the cap").containsExactly(both.get(0).id(), otherFirm.id(), smaller.id());
        assertThat(result.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.applicationId()).isEqualTo(both.get(1).id());
            assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
            assertThat(refused.reason()).contains("yearly cap of guangzhou.talent is CNY 300,000.00", "already awarded CNY 200,000.00"
                    + " under it in 2026 (application " + both.get(0).id() + ", approved earlier in this action: CNY 200,000.00)",
                    "Return it for correction");
            assertThat(refused.reasonText().zh()).as("a Chinese clerk reads it in Chinese").contains("每家企业每年度上限 300,000.00元",
                    "已获 200,000.00元（申请 " + both.get(0).id() + "（同一操作中先批准）：200,000.00元）", "请退回修改");
        });
        assertThat(stored(both.get(1).id()).status()).isEqualTo(Application.Status.AWAITING_DECISION);
        assertThat(fixture.awards.ofEnterprise(GZ_CLERK, firm)).extracting(Award::applicationId)
                .containsExactlyInAnyOrder(both.get(0).id(), smaller.id());
        assertThat(fixture.budgets.position(GZ_CLERK, TALENT, 2026).committed()).isEqualTo(yuan("500000"));
    }

    @Test
    void awardsOfOtherFiscalYearsAndCancelledAwardsLeaveTheYearlyCapAlone() {
        talentInstalled();
        fixture.appropriate(TALENT, 2025, "1000000");
        CreditCode firm = fixture.specializedFirm(1);
        Application lastYear = talentReviewed(firm, LocalDate.of(2025, 11, 3));
        Application thisYear = talentReviewed(firm, TODAY);
        Application cancelledLater = talentReviewed(firm, TODAY);
        Application again = talentReviewed(firm, TODAY);

        BulkDecision bothYears = fixture.approvals.decideAll(GZ_OFFICIAL, List.of(selected(lastYear), selected(thisYear)),
                Verdict.APPROVE, null);
        assertThat(bothYears.refused()).isEmpty();
        fixture.awards.cancel(GZ_OFFICIAL, awardOf(thisYear).id(), awardOf(thisYear).version(), "申报材料有误");
        fixture.approvals.decide(GZ_OFFICIAL, cancelledLater.id(), cancelledLater.version(), Verdict.APPROVE, null);

        assertThatThrownBy(() -> fixture.approvals.decide(GZ_OFFICIAL, again.id(), again.version(), Verdict.APPROVE, null))
                .as("the cancelled award does not count, the standing one does").isInstanceOf(ConflictException.class)
                .hasMessageContaining("already awarded CNY 200,000.00 under it in 2026 (award " + awardOf(cancelledLater).id()
                        + ": CNY 200,000.00), so");
        assertThat(fixture.budgets.position(GZ_CLERK, TALENT, 2025).committed()).isEqualTo(yuan("200000"));
        assertThat(fixture.budgets.position(GZ_CLERK, TALENT, 2026).committed()).isEqualTo(yuan("200000"));
    }

    /** Installs the talent schedule (CNY 300,000 a year per enterprise) with a 2026 budget for many awards. */
    private void talentInstalled() {
        fixture.schedules.addSchedule(EngineFixture::talentSchedule);
        fixture.appropriate(TALENT, 2026, "2000000");
    }

    /** Two reviewed applications of one Specialized SME, each claiming CNY 200,000 of talent support in 2026. */
    private List<Application> twoTalentApplicationsOfOneFirm() {
        talentInstalled();
        CreditCode firm = fixture.specializedFirm(1);
        return List.of(talentReviewed(firm, TODAY), talentReviewed(firm, TODAY));
    }

    /** An application of the firm, claiming CNY 200,000 of talent support on the day, recorded and reviewed. */
    private Application talentReviewed(CreditCode firm, LocalDate day) {
        return talentReviewed(firm, day, "200000");
    }

    private Application talentReviewed(CreditCode firm, LocalDate day, String claimed) {
        Application recorded = fixture.applications.record(GZ_CLERK, TALENT, new ApplicationInput(firm, day, Map.of("claimed", claimed)),
                Set.of());
        return fixture.approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), Verdict.APPROVE, "材料齐全");
    }

    private Award awardOf(Application application) {
        return fixture.awards.ofEnterprise(GZ_CLERK, application.enterprise()).stream()
                .filter(award -> award.applicationId() == application.id()).findFirst().orElseThrow();
    }

    @Test
    void ofTwoRacingApprovalsOfOneApplicationExactlyOneWins() throws Exception {
        fixture.appropriate(CULTIVATION, 2026, "10000000");
        Application reviewed = fixture.reviewed(fixture.specializedFirm(1));
        List<Object> outcomes = race(List.of(
                () -> fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null),
                () -> fixture.approvals.decide(GZ_OFFICIAL_2, reviewed.id(), reviewed.version(), Verdict.APPROVE, null)));
        assertThat(outcomes).filteredOn(Application.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(fixture.count("subsidy_award")).isEqualTo(1);
        assertThat(fixture.budgets.position(GZ_OFFICIAL, CULTIVATION, 2026).committed()).isEqualTo(yuan("500000"));
    }

    /**
     * The awards fall in different fiscal years, so the two approvals draw on different budget rows:
     * only the enterprise's own lock row makes the second see the first's award. Several rounds,
     * since one race may happen not to overlap.
     */
    @Test
    void ofTwoOfficialsRacingToApproveOnceOnlyApplicationsOfOneEnterpriseInDifferentYearsExactlyOneAwards() throws Exception {
        raceOnceOnlyApprovalsInDifferentYears(false);
    }

    /**
     * As above, but each enterprise's lock row exists before the race, as an earlier approval of the
     * enterprise under the schedule leaves it: then creating the row waits for nothing, and only the
     * lock on the existing row keeps the two approvals apart.
     */
    @Test
    void ofTwoOfficialsRacingToApproveOnceOnlyApplicationsOfAnEnterpriseWhoseLockRowExistsExactlyOneAwards() throws Exception {
        raceOnceOnlyApprovalsInDifferentYears(true);
    }

    private void raceOnceOnlyApprovalsInDifferentYears(boolean lockRowsExist) throws Exception {
        fixture.appropriate(CULTIVATION, 2025, "100000000");
        fixture.appropriate(CULTIVATION, 2026, "100000000");
        for (int round = 1; round <= RACE_ROUNDS; round++) {
            CreditCode firm = fixture.specializedFirm(round);
            if (lockRowsExist) {
                fixture.transactions.required(c -> Jdbc.update(c, "INSERT INTO subsidy_enterprise_lock (schedule_id, credit_code)"
                        + " VALUES (?, ?)", CULTIVATION, firm.value()));
            }
            Application lastYear = fixture.reviewed(firm, LocalDate.of(2025, 11, 3));
            Application thisYear = fixture.reviewed(firm);

            List<Object> outcomes = race(List.of(
                    () -> fixture.approvals.decide(GZ_OFFICIAL, lastYear.id(), lastYear.version(), Verdict.APPROVE, null),
                    () -> fixture.approvals.decide(GZ_OFFICIAL_2, thisYear.id(), thisYear.version(), Verdict.APPROVE, null)));

            List<String> seen = outcomes.stream().map(outcome -> outcome instanceof Application decided ? decided.status().name()
                    : outcome.toString()).toList();
            assertThat(seen).as("round %d", round).containsOnlyOnce(Application.Status.APPROVED.name());
            assertThat(outcomes).as("round %d: %s", round, seen).filteredOn(ConflictException.class::isInstance).singleElement()
                    .satisfies(refusal -> assertThat(((Exception) refusal).getMessage()).contains("once-only limit", "once per enterprise"));
            assertThat(fixture.awards.ofEnterprise(GZ_CLERK, firm)).as("round %d", round).hasSize(1);
        }
        var committed = fixture.budgets.position(GZ_CLERK, CULTIVATION, 2025).committed()
                .plus(fixture.budgets.position(GZ_CLERK, CULTIVATION, 2026).committed());
        assertThat(committed).isEqualTo(yuan(Long.toString(500_000L * RACE_ROUNDS)));
    }

    @Test
    void approvalsRacingForTheLastOfABudgetNeverExceedIt() throws Exception {
        fixture.appropriate(CULTIVATION, 2026, "1000000");
        List<Callable<Object>> approvals = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            Application reviewed = fixture.reviewed(fixture.specializedFirm(n));
            approvals.add(() -> fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, null));
        }
        List<Object> outcomes = race(approvals);
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

    /** Chunks of {@code chunkSize} applications, so that a few applications already span several transactions. */
    private void chunksOf(int chunkSize) {
        fixture.close();
        fixture = new EngineFixture(database(), chunkSize);
    }

    /** Recorded and reviewed applications of Guangzhou firms 1 to {@code count}, awaiting the official's approval. */
    private List<Application> reviewedFirms(int count) {
        List<Application> reviewed = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            reviewed.add(fixture.reviewed(fixture.specializedFirm(n)));
        }
        return reviewed;
    }

    @Test
    void aMixedSelectionDecidesTheGoodOnesAndRefusesEachOtherWithTheReasonDecideGives() {
        fixture.appropriate(CULTIVATION, 2026, "10000000");
        List<Application> good = List.of(fixture.reviewed(fixture.specializedFirm(1)), fixture.reviewed(fixture.specializedFirm(2)),
                fixture.reviewed(fixture.specializedFirm(3)));
        Application ownRecord = fixture.applications.record(CLERK_AND_OFFICIAL, CULTIVATION,
                ApplicationInput.withoutFields(fixture.specializedFirm(4), TODAY), Set.of("licence"));
        Application selfApproval = fixture.approvals.decide(GZ_REVIEWER, ownRecord.id(), ownRecord.version(), Verdict.APPROVE, null);
        Application stale = fixture.reviewed(fixture.specializedFirm(5));
        Application otherRegion = fixture.applications.record(SZ_CLERK, SZ_CULTIVATION,
                ApplicationInput.withoutFields(fixture.specializedFirm(6), TODAY), Set.of());
        long missing = 999_999;
        List<Selected> selection = List.of(selected(good.get(0)), selected(selfApproval), selected(good.get(1)),
                new Selected(stale.id(), stale.version() - 1), selected(otherRegion), new Selected(missing, 1), selected(good.get(2)));
        Map<String, Long> before = fixture.tables();

        BulkDecision result = fixture.approvals.decideAll(CLERK_AND_OFFICIAL, selection, Verdict.APPROVE, "同意");

        assertThat(result.decided()).extracting(BulkDecision.Decided::applicationId).containsExactly(good.stream().map(Application::id).toArray(Long[]::new));
        for (BulkDecision.Decided decided : result.decided()) {
            Application now = stored(decided.applicationId());
            assertThat(now.status()).isEqualTo(Application.Status.APPROVED).isEqualTo(decided.status());
            assertThat(now.version()).isEqualTo(decided.version());
            assertThat(now.decisions()).last().satisfies(decision -> {
                assertThat(decision.actorId()).isEqualTo("gz.both");
                assertThat(decision.comment()).isEqualTo("同意");
            });
        }
        assertThat(result.refused()).extracting(BulkDecision.Refused::applicationId)
                .containsExactly(selfApproval.id(), stale.id(), otherRegion.id(), missing);
        assertThat(result.refused()).extracting(BulkDecision.Refused::refusal)
                .containsExactly(Refusal.NOT_PERMITTED, Refusal.CONFLICT, Refusal.NOT_PERMITTED, Refusal.CONFLICT);
        assertThat(result.refused().get(0).reason()).contains("recorded");
        assertThat(result.refused().get(0).reasonText().zh()).as("a clerk reading Chinese reads why").contains("由您登记，须由他人审批");
        assertThat(result.refused().get(2).reasonText().zh()).contains("不包括区域 440300");
        assertThat(result.refused().get(1).reason()).contains("changed by someone else");
        assertThat(result.refused().get(2).reason()).contains("does not cover region 440300");
        assertThat(result.refused().get(3).reason()).contains("does not exist");
        for (BulkDecision.Refused refused : result.refused()) {
            Selected alone = selection.stream().filter(s -> s.applicationId() == refused.applicationId()).findFirst().orElseThrow();
            assertThatThrownBy(() -> fixture.approvals.decide(CLERK_AND_OFFICIAL, alone.applicationId(), alone.expectedVersion(),
                    Verdict.APPROVE, "同意")).as("decide alone refuses %s the same way", alone).hasMessage(refused.reason());
        }
        assertThat(stored(selfApproval.id())).isEqualTo(selfApproval);
        assertThat(stored(stale.id())).isEqualTo(stale);
        assertThat(fixture.count("subsidy_award") - before.get("subsidy_award")).isEqualTo(3);
        assertThat(fixture.count("subsidy_payout") - before.get("subsidy_payout")).isEqualTo(3);
        assertThat(fixture.count("subsidy_decision") - before.get("subsidy_decision")).isEqualTo(3);
        assertThat(fixture.budgets.position(GZ_OFFICIAL, CULTIVATION, 2026).committed()).isEqualTo(yuan("1500000"));
        assertThat(fixture.audit.events("application.decided")).filteredOn(event -> event.actor().userId().equals("gz.both"))
                .extracting(event -> Long.valueOf(event.entityId())).containsExactlyInAnyOrderElementsOf(good.stream().map(Application::id).toList());
        assertThat(fixture.audit.events("award.created")).hasSize(3);
    }

    @Test
    void aBudgetThatRunsOutMidwayIsNeverExceededAndTheRestAreRefusedWithItsReason() {
        chunksOf(2);
        fixture.appropriate(CULTIVATION, 2026, "1500000");
        List<Application> reviewed = reviewedFirms(5);

        BulkDecision result = fixture.approvals.decideAll(GZ_OFFICIAL, reviewed.stream().map(ApprovalContract::selected).toList(),
                Verdict.APPROVE, null);

        assertThat(result.decided()).extracting(BulkDecision.Decided::applicationId)
                .containsExactly(reviewed.get(0).id(), reviewed.get(1).id(), reviewed.get(2).id());
        assertThat(result.refused()).extracting(BulkDecision.Refused::applicationId).containsExactly(reviewed.get(3).id(), reviewed.get(4).id());
        assertThat(result.refused()).allSatisfy(refused -> {
            assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT);
            assertThat(refused.reason()).isEqualTo("The 2026 budget of guangzhou.cultivation has CNY 0.00 left, less than the"
                    + " CNY 500,000.00 this approval needs.");
        });
        assertThatThrownBy(() -> fixture.approvals.decide(GZ_OFFICIAL, reviewed.get(3).id(), reviewed.get(3).version(), Verdict.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessage(result.refused().get(0).reason());
        var position = fixture.budgets.position(GZ_OFFICIAL, CULTIVATION, 2026);
        assertThat(position.committed()).isEqualTo(yuan("1500000"));
        assertThat(position.available()).isEqualTo(yuan("0"));
        assertThat(fixture.count("subsidy_award")).isEqualTo(3);
        assertThat(stored(reviewed.get(4).id()).status()).isEqualTo(Application.Status.AWAITING_DECISION);
    }

    @Test
    void twoBulkApprovalsRacingOverTheSameApplicationsDecideEachExactlyOnce() throws Exception {
        chunksOf(5);
        fixture.appropriate(CULTIVATION, 2026, "20000000");
        List<Selected> selection = reviewedFirms(30).stream().map(ApprovalContract::selected).toList();
        List<Selected> reversed = new ArrayList<>(selection);
        Collections.reverse(reversed);

        List<Object> outcomes = race(List.of(
                () -> fixture.approvals.decideAll(GZ_OFFICIAL, selection, Verdict.APPROVE, null),
                () -> fixture.approvals.decideAll(GZ_OFFICIAL_2, reversed, Verdict.APPROVE, null)));

        assertThat(outcomes).allMatch(BulkDecision.class::isInstance);
        BulkDecision first = (BulkDecision) outcomes.get(0);
        BulkDecision second = (BulkDecision) outcomes.get(1);
        Set<Long> decidedByFirst = ids(first.decided().stream().map(BulkDecision.Decided::applicationId).toList());
        Set<Long> decidedBySecond = ids(second.decided().stream().map(BulkDecision.Decided::applicationId).toList());
        Set<Long> all = ids(selection.stream().map(Selected::applicationId).toList());
        assertThat(decidedByFirst).doesNotContainAnyElementsOf(decidedBySecond);
        assertThat(union(decidedByFirst, decidedBySecond)).isEqualTo(all);
        assertThat(first.refused()).extracting(BulkDecision.Refused::applicationId).containsExactlyInAnyOrderElementsOf(decidedBySecond);
        assertThat(second.refused()).extracting(BulkDecision.Refused::applicationId).containsExactlyInAnyOrderElementsOf(decidedByFirst);
        assertThat(first.refused()).extracting(BulkDecision.Refused::refusal).containsOnly(Refusal.CONFLICT);
        assertThat(second.refused()).extracting(BulkDecision.Refused::refusal).containsOnly(Refusal.CONFLICT);
        assertThat(fixture.count("subsidy_award")).isEqualTo(30);
        assertThat(TestDatabase.count(fixture.pool, "SELECT COUNT(*) FROM subsidy_decision WHERE step = 'approve'")).isEqualTo(30);
        assertThat(fixture.budgets.position(GZ_OFFICIAL, CULTIVATION, 2026).committed()).isEqualTo(yuan("15000000"));
    }

    @Test
    void bulkAndSingleApprovalsRacingForTheLastOfABudgetNeverExceedIt() throws Exception {
        chunksOf(3);
        fixture.appropriate(CULTIVATION, 2026, "3000000");
        List<Application> reviewed = reviewedFirms(10);
        List<Callable<Object>> calls = new ArrayList<>();
        calls.add(() -> fixture.approvals.decideAll(GZ_OFFICIAL, reviewed.subList(0, 8).stream().map(ApprovalContract::selected).toList(),
                Verdict.APPROVE, null));
        for (Application single : reviewed.subList(8, 10)) {
            calls.add(() -> fixture.approvals.decide(GZ_OFFICIAL_2, single.id(), single.version(), Verdict.APPROVE, null));
        }

        List<Object> outcomes = race(calls);

        BulkDecision bulk = (BulkDecision) outcomes.get(0);
        long singlesApproved = outcomes.subList(1, 3).stream().filter(Application.class::isInstance).count();
        assertThat(outcomes.subList(1, 3)).allSatisfy(outcome -> assertThat(outcome).isInstanceOfAny(Application.class, ConflictException.class));
        assertThat(bulk.decided().size() + singlesApproved).isEqualTo(6);
        assertThat(bulk.refused()).allSatisfy(refused -> assertThat(refused.reason()).contains("left, less than"));
        assertThat(fixture.count("subsidy_award")).isEqualTo(6);
        var position = fixture.budgets.position(GZ_OFFICIAL, CULTIVATION, 2026);
        assertThat(position.committed()).isEqualTo(yuan("3000000"));
        assertThat(position.available()).isEqualTo(yuan("0"));
    }

    @Test
    void aBulkRejectionNeedsAReasonAndATooLongOrDoubledSelectionIsRefusedWhole() {
        List<Application> recorded = List.of(fixture.recorded(fixture.specializedFirm(1)), fixture.recorded(fixture.specializedFirm(2)));
        List<Selected> selection = recorded.stream().map(ApprovalContract::selected).toList();
        Map<String, Long> before = fixture.tables();
        assertThatThrownBy(() -> fixture.approvals.decideAll(GZ_REVIEWER, selection, Verdict.REJECT, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("comment"));
        List<Selected> tooMany = LongStream.rangeClosed(1, BulkDecision.MAXIMUM_SELECTIONS + 1).mapToObj(id -> new Selected(id, 1)).toList();
        assertThatThrownBy(() -> fixture.approvals.decideAll(GZ_REVIEWER, tooMany, Verdict.APPROVE, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.field() + " " + problem.message()).contains("selections", "100,001", "100,000")));
        assertThatThrownBy(() -> fixture.approvals.decideAll(GZ_REVIEWER, List.of(selection.get(0), selection.get(1), selection.get(0)),
                Verdict.APPROVE, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
        assertThat(fixture.approvals.decideAll(GZ_AUDITOR, selection, Verdict.APPROVE, null).refused())
                .extracting(BulkDecision.Refused::refusal).containsExactly(Refusal.NOT_PERMITTED, Refusal.NOT_PERMITTED);
        assertThat(fixture.tables()).isEqualTo(before);

        BulkDecision rejected = fixture.approvals.decideAll(GZ_REVIEWER, selection, Verdict.REJECT, "材料不全");

        assertThat(rejected.refused()).isEmpty();
        assertThat(rejected.decided()).extracting(BulkDecision.Decided::status).containsOnly(Application.Status.REJECTED);
        assertThat(stored(recorded.get(1).id()).decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.verdict()).isEqualTo(Verdict.REJECT);
            assertThat(decision.comment()).isEqualTo("材料不全");
        });
        assertThat(fixture.count("subsidy_award")).isZero();
        assertThat(fixture.approvals.decideAll(GZ_REVIEWER, List.of(), Verdict.APPROVE, null).decided()).isEmpty();
    }

    private Application stored(long id) {
        return fixture.applications.application(GZ_CLERK, id).orElseThrow();
    }

    private static Selected selected(Application application) {
        return new Selected(application.id(), application.version());
    }

    private static Set<Long> ids(List<Long> ids) {
        Set<Long> set = new HashSet<>(ids);
        assertThat(set).as("no application listed twice").hasSize(ids.size());
        return set;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }

    /** Starts the calls together and returns each one's result or exception. */
    private static List<Object> race(List<Callable<Object>> calls) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
