package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.subsidy.EngineFixture.GUANGZHOU;
import static org.cultivar.subsidy.EngineFixture.GZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.SHENZHEN;
import static org.cultivar.subsidy.EngineFixture.TODAY;
import static org.cultivar.subsidy.EngineFixture.code;
import static org.cultivar.subsidy.EngineFixture.yuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.store.api.StoreException;
import org.cultivar.store.testing.TestDatabase;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.ApplicationWindow;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.rules.FixedAmount;
import org.cultivar.subsidy.api.rules.TitleHeld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No-application awards (免申即享): what a sweep drafts for titles the registry granted, and what it never drafts. */
abstract class GrantDraftContract {

    static final String NEW_GIANT = "guangzhou.newgiant";
    static final String OPEN_ENDED = "guangzhou.newgiant.open";
    /** The window opening of the new-giant schedule: the cut-off for its drafts. */
    static final LocalDate OPENS = LocalDate.of(2026, 1, 1);

    private EngineFixture fixture;
    private GrantDrafting drafting;
    private int nextTitle = 1000;

    abstract TestDatabase database();

    @BeforeEach
    void open() {
        fixture = new EngineFixture(database());
        fixture.schedules.addSchedule(() -> newGiant(NEW_GIANT, new ApplicationWindow(OPENS, null)));
        drafting = new GrantDrafting(fixture.engine, fixture.schedules, fixture.registry);
    }

    @AfterEach
    void close() {
        try {
            fixture.assertLedgerBalances();
        } finally {
            fixture.close();
        }
    }

    /** CNY 1,000,000 for a Little Giant of Guangzhou, drafted when the title is granted. */
    static ScheduleDefinition newGiant(String id, ApplicationWindow window) {
        return ScheduleDefinition.builder(id, GUANGZHOU).name("新认定小巨人奖励", "New Little Giant award")
                .legalBasis("穗府办规〔2025〕13号", "Suifubangui [2025] No. 13").purposes("new-little-giant").window(window)
                .draftOnGrantOf(Tier.LITTLE_GIANT).conditions(TitleHeld.atLeast(Tier.LITTLE_GIANT))
                .amount(new FixedAmount(yuan("1000000"))).build();
    }

    private CreditCode firm(int n, RegionCode region) {
        CreditCode code = code(n, region.code());
        fixture.registry.enterprise(new Enterprise(code, "企业" + n, null, region, Sector.ROBOTICS_AND_CNC, null, false));
        return code;
    }

    private Title grant(CreditCode firm, Tier tier, LocalDate day) {
        return fixture.registry.grant(nextTitle++, firm, tier, day);
    }

    private List<Application> drafts(String scheduleId) {
        return fixture.applications.worklist(GZ_CLERK, Application.Status.DRAFT, 0, 100).stream()
                .filter(application -> application.scheduleId().equals(scheduleId)).toList();
    }

    @Test
    void aGrantedLittleGiantIsDraftedOnceWithItsAssessmentAndAudit() {
        CreditCode firm = firm(1, GUANGZHOU);
        grant(firm, Tier.LITTLE_GIANT, LocalDate.of(2026, 2, 10));

        assertThat(drafting.sweep()).isEqualTo(1);

        List<Application> drafts = drafts(NEW_GIANT);
        assertThat(drafts).hasSize(1);
        Application draft = drafts.get(0);
        assertThat(draft.enterprise()).isEqualTo(firm);
        assertThat(draft.recordedBy()).isEqualTo("system");
        assertThat(draft.region()).isEqualTo(GUANGZHOU);
        assertThat(draft.assessment().input().applicationDate()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(draft.assessment().eligibility().eligible()).isTrue();
        assertThat(draft.assessment().award().orElseThrow().amount()).isEqualTo(yuan("1000000"));
        assertThat(fixture.audit.events("application.drafted")).singleElement()
                .satisfies(event -> assertThat(event.entityId()).isEqualTo(Long.toString(draft.id())));

        assertThat(drafting.sweep()).as("the second sweep finds it drafted").isZero();
        assertThat(drafts(NEW_GIANT)).hasSize(1);
        assertThat(fixture.audit.events("application.drafted")).hasSize(1);
    }

    @Test
    void aLowerTierOrAnEnterpriseOutsideTheRegionIsNotDrafted() {
        grant(firm(1, GUANGZHOU), Tier.SPECIALIZED_SME, LocalDate.of(2026, 2, 10));
        grant(firm(2, SHENZHEN), Tier.LITTLE_GIANT, LocalDate.of(2026, 2, 10));

        assertThat(drafting.sweep()).isZero();
        assertThat(fixture.count("subsidy_application")).isZero();
        assertThat(fixture.audit.events("application.drafted")).isEmpty();
    }

    @Test
    void aTitleGrantedBeforeTheWindowOpensIsNotDrafted() {
        grant(firm(1, GUANGZHOU), Tier.LITTLE_GIANT, OPENS.minusDays(1));
        grant(firm(2, GUANGZHOU), Tier.LITTLE_GIANT, OPENS);

        assertThat(drafting.sweep()).as("only the one granted on the opening day").isEqualTo(1);
        assertThat(drafts(NEW_GIANT)).extracting(Application::enterprise).containsExactly(code(2, GUANGZHOU.code()));
    }

    @Test
    void withoutAWindowOpeningOnlyTitlesGrantedSinceTheScheduleFirstDraftedAreDrafted() {
        fixture.schedules.addSchedule(() -> newGiant(OPEN_ENDED, ApplicationWindow.ALWAYS));
        CreditCode earlier = firm(1, GUANGZHOU);
        grant(earlier, Tier.LITTLE_GIANT, TODAY.minusYears(2));
        grant(firm(2, GUANGZHOU), Tier.LITTLE_GIANT, TODAY.minusDays(1));

        drafting.sweep();
        assertThat(drafts(OPEN_ENDED)).as("no draft for the Little Giants of the past").isEmpty();

        fixture.clock.setDay(TODAY.plusDays(3));
        CreditCode fresh = firm(3, GUANGZHOU);
        grant(fresh, Tier.LITTLE_GIANT, TODAY.plusDays(1));
        drafting.sweep();
        assertThat(drafts(OPEN_ENDED)).extracting(Application::enterprise).containsExactly(fresh);
    }

    @Test
    void aPromotionBetweenQualifyingTiersIsNoNewGrant() {
        Title littleGiant = grant(firm(1, GUANGZHOU), Tier.LITTLE_GIANT, LocalDate.of(2026, 1, 20));
        drafting.sweep();
        fixture.registry.promote(nextTitle++, littleGiant, Tier.MANUFACTURING_CHAMPION, LocalDate.of(2026, 2, 20));

        drafting.sweep();

        assertThat(drafts(NEW_GIANT)).hasSize(1);
    }

    @Test
    void aWithdrawnDraftIsNotDraftedAgainAndAConfirmedOneGoesForDecision() {
        CreditCode withdrawn = firm(1, GUANGZHOU);
        CreditCode confirmed = firm(2, GUANGZHOU);
        grant(withdrawn, Tier.LITTLE_GIANT, LocalDate.of(2026, 2, 10));
        grant(confirmed, Tier.LITTLE_GIANT, LocalDate.of(2026, 2, 11));
        drafting.sweep();
        List<Application> drafts = drafts(NEW_GIANT);

        Application first = drafts.get(0);
        fixture.applications.withdraw(GZ_CLERK, first.id(), first.version(), "企业已迁出");
        Application second = drafts.get(1);
        Application corrected = fixture.applications.correct(GZ_CLERK, second.id(), second.version(),
                ApplicationInput.withoutFields(confirmed, second.assessment().input().applicationDate()), Set.of());

        assertThat(drafting.sweep()).isZero();
        assertThat(corrected.status()).isEqualTo(Application.Status.AWAITING_DECISION);
        assertThat(corrected.recordedBy()).isEqualTo(GZ_CLERK.userId());
        assertThat(fixture.count("subsidy_application")).isEqualTo(2);
    }

    @Test
    void anEnterpriseWithAnApplicationRecordedByHandIsNotDrafted() {
        CreditCode firm = firm(1, GUANGZHOU);
        grant(firm, Tier.LITTLE_GIANT, LocalDate.of(2026, 2, 10));
        fixture.applications.record(GZ_CLERK, NEW_GIANT, ApplicationInput.withoutFields(firm, TODAY), Set.of());

        assertThat(drafting.sweep()).isZero();
        assertThat(fixture.count("subsidy_application")).isEqualTo(1);
    }

    /** What decides a race the check in the transaction cannot see: the database's unique key. */
    @Test
    void theDatabaseRefusesASecondDraftOfTheSameTitle() {
        Title title = grant(firm(1, GUANGZHOU), Tier.LITTLE_GIANT, LocalDate.of(2026, 2, 10));
        drafting.sweep();
        Application recorded = fixture.applications.record(GZ_CLERK, NEW_GIANT,
                ApplicationInput.withoutFields(firm(2, GUANGZHOU), TODAY), Set.of());

        assertThatThrownBy(() -> fixture.transactions.required(c -> {
            GrantDraftTable.markTitle(c, recorded.id(), title.id());
            return null;
        })).isInstanceOf(StoreException.class).satisfies(e -> assertThat(Conflicts.lostRace(e.getCause())).isTrue());
    }

    /** Two nodes sweeping at once: each has its own drafting over the same database; one draft in all. */
    @Test
    void twoNodesSweepingAtOnceDraftOnce() throws Exception {
        for (int n = 1; n <= 20; n++) {
            grant(firm(n, GUANGZHOU), Tier.LITTLE_GIANT, LocalDate.of(2026, 2, 1).plusDays(n));
        }
        GrantDrafting otherNode = new GrantDrafting(fixture.engine, fixture.schedules, fixture.registry);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (GrantDrafting node : List.of(drafting, otherNode)) {
                Callable<Integer> sweep = () -> {
                    start.await();
                    return node.sweep();
                };
                sweeps.add(nodes.submit(sweep));
            }
            start.countDown();
            int drafted = 0;
            for (Future<Integer> sweep : sweeps) {
                drafted += sweep.get();
            }
            assertThat(drafted).isEqualTo(20);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(drafts(NEW_GIANT)).hasSize(20);
        assertThat(fixture.audit.events("application.drafted")).hasSize(20);
    }
}
