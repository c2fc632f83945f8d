package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.subsidy.EngineFixture.CULTIVATION;
import static org.cultivar.subsidy.EngineFixture.GUANGZHOU;
import static org.cultivar.subsidy.EngineFixture.GZ_AUDITOR;
import static org.cultivar.subsidy.EngineFixture.GZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.GZ_OFFICIAL;
import static org.cultivar.subsidy.EngineFixture.GZ_OFFICIAL_2;
import static org.cultivar.subsidy.EngineFixture.GZ_REVIEWER;
import static org.cultivar.subsidy.EngineFixture.SZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.SZ_CULTIVATION;
import static org.cultivar.subsidy.EngineFixture.TODAY;
import static org.cultivar.subsidy.EngineFixture.yuan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalDecision.Verdict;
import org.cultivar.subsidy.api.process.BulkDecision;
import org.cultivar.subsidy.api.process.BulkDecision.Refusal;
import org.cultivar.subsidy.api.process.BulkDecision.Selected;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One decision on many applications: each judged as a decision on it alone would judge it, the
 * refused left as they were, budgets never exceeded (within a chunk, across chunks, and against
 * racing callers), every application decided at most once; the ledger balanced after every test.
 */
abstract class BulkApprovalContract {

    /** A person holding both roles: clerks record, officials approve. */
    private static final Actor CLERK_AND_OFFICIAL = EngineFixture.actor("gz.both", GUANGZHOU, Role.CLERK, Role.OFFICIAL);

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

    /** Chunks of {@code chunkSize} applications, so that a few applications already span several transactions. */
    private void chunksOf(int chunkSize) {
        fixture.close();
        fixture = new EngineFixture(database(), chunkSize);
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
        List<Application> reviewed = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            reviewed.add(fixture.reviewed(fixture.specializedFirm(n)));
        }

        BulkDecision result = fixture.approvals.decideAll(GZ_OFFICIAL, reviewed.stream().map(BulkApprovalContract::selected).toList(),
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
        List<Selected> selection = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            selection.add(selected(fixture.reviewed(fixture.specializedFirm(n))));
        }
        List<Selected> reversed = new ArrayList<>(selection);
        Collections.reverse(reversed);

        List<Object> outcomes = Races.race(List.of(
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
        List<Application> reviewed = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            reviewed.add(fixture.reviewed(fixture.specializedFirm(n)));
        }
        List<Callable<Object>> calls = new ArrayList<>();
        calls.add(() -> fixture.approvals.decideAll(GZ_OFFICIAL, reviewed.subList(0, 8).stream().map(BulkApprovalContract::selected).toList(),
                Verdict.APPROVE, null));
        for (Application single : reviewed.subList(8, 10)) {
            calls.add(() -> fixture.approvals.decide(GZ_OFFICIAL_2, single.id(), single.version(), Verdict.APPROVE, null));
        }

        List<Object> outcomes = Races.race(calls);

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
        List<Selected> selection = recorded.stream().map(BulkApprovalContract::selected).toList();
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
}
