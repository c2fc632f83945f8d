package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cultivar.subsidy.EngineFixture.ADMIN;
import static org.cultivar.subsidy.EngineFixture.GZ_AUDITOR;
import static org.cultivar.subsidy.EngineFixture.GZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.GZ_OFFICIAL;
import static org.cultivar.subsidy.EngineFixture.GZ_REVIEWER;
import static org.cultivar.subsidy.EngineFixture.SHENZHEN;
import static org.cultivar.subsidy.EngineFixture.SZ_CLERK;
import static org.cultivar.subsidy.EngineFixture.TODAY;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.platform.ConfigurationValidationException;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalDecision.Verdict;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.ScheduleChange;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;
import org.cultivar.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Effective-dated schedule configuration: who may change what, from which day, checked by
 * Metatype and by the schedule, stored and audited together, applied on its day; and awards
 * keep the parameters they were computed with.
 */
abstract class ScheduleChangesContract {

    private static final Actor SZ_OFFICIAL = EngineFixture.actor("sz.official", SHENZHEN, Role.OFFICIAL);
    private static final String ID = DatedSchedule.ID;

    private EngineFixture fixture;
    private DatedSchedule schedule;
    private FakeConfigurations configurations;
    private ConfiguredSchedules configured;
    private ScheduleChangesService changes;
    private ScheduleChangeApplication sweep;

    abstract TestDatabase database();

    @BeforeEach
    void open() {
        fixture = new EngineFixture(database());
        schedule = new DatedSchedule(FakeConfigurations.defaults());
        configurations = new FakeConfigurations(schedule::configure);
        configured = new ConfiguredSchedules();
        configured.addSchedule(schedule, Map.of("service.pid", DatedSchedule.PID));
        fixture.schedules.addSchedule(schedule);
        changes = new ScheduleChangesService(fixture.engine, configured, configurations);
        sweep = new ScheduleChangeApplication(fixture.engine, configured, configurations);
    }

    @AfterEach
    void close() {
        try {
            fixture.assertLedgerBalances();
        } finally {
            fixture.close();
        }
    }

    private String parameter(String key) {
        return schedule.definition().configuration().parameters().get(key);
    }

    @Test
    void aChangeEffectiveTodayIsStoredAuditedAndAppliedAtOnce() {
        ScheduleChange change = changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("specializedSmeAmount", "600000",
                "littleGiantAmount", "2000000"), "  2026年市财政预算调整  ");

        assertThat(change.applied()).isTrue();
        assertThat(change.before()).as("only what changed").containsExactly(Map.entry("specializedSmeAmount", "500000"));
        assertThat(change.after()).containsExactly(Map.entry("specializedSmeAmount", "600000"));
        assertThat(change.reason()).isEqualTo("2026年市财政预算调整");
        assertThat(change.proposedBy()).isEqualTo(GZ_OFFICIAL.userId());
        assertThat(parameter("specializedSmeAmount")).isEqualTo("600000");
        assertThat(fixture.audit.actions()).containsExactly("schedule-configuration.proposed", "schedule-configuration.applied");
        assertThat(fixture.audit.events("schedule-configuration.proposed").get(0).after()).contains("600000", "2026年市财政预算调整");
        assertThat(changes.history(GZ_AUDITOR, ID)).containsExactly(change);
    }

    @Test
    void aFutureChangeWaitsForItsDay() {
        ScheduleChange change = changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(10), Map.of("window.closes", "2026-06-30"), "受理期");

        assertThat(change.applied()).isFalse();
        assertThat(parameter("window.closes")).isEmpty();
        assertThat(sweep.applyDue()).as("not yet").isZero();
        fixture.clock.setDay(TODAY.plusDays(10));
        assertThat(sweep.applyDue()).isEqualTo(1);
        assertThat(sweep.applyDue()).as("applied once").isZero();

        assertThat(parameter("window.closes")).isEqualTo("2026-06-30");
        assertThat(schedule.definition().window().closes()).hasToString("2026-06-30");
        assertThat(changes.history(GZ_OFFICIAL, ID).get(0).applied()).isTrue();
        assertThat(fixture.audit.events("schedule-configuration.applied")).singleElement()
                .satisfies(applied -> assertThat(applied.actor()).isEqualTo(Actor.SYSTEM));
    }

    @Test
    void onlyOfficialsOfTheSchedulesRegionChangeIt() {
        Map<String, String> values = Map.of("specializedSmeAmount", "1");
        assertThatThrownBy(() -> changes.propose(SZ_OFFICIAL, ID, TODAY, values, "x")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("does not cover region 440100");
        for (Actor notOfficial : List.of(GZ_CLERK, GZ_AUDITOR, ADMIN)) {
            assertThatThrownBy(() -> changes.propose(notOfficial, ID, TODAY, values, "x")).as(notOfficial.userId())
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("official");
        }
        assertThatThrownBy(() -> changes.history(SZ_CLERK, ID)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.configuration(SZ_CLERK, ID)).isInstanceOf(AccessDeniedException.class);
        assertNothingStored();
    }

    @Test
    void aDayInThePastAMissingReasonOrNoChangeIsRefused() {
        assertThatThrownBy(() -> changes.propose(GZ_OFFICIAL, ID, TODAY.minusDays(1), Map.of("specializedSmeAmount", "1"), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.field()).containsExactly("effectiveOn", "reason"))
                .hasMessageContaining("in the past");
        assertThatThrownBy(() -> changes.propose(GZ_OFFICIAL, ID, null, Map.of(), "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("effectiveOn").hasMessageContaining("values");
        assertThatThrownBy(() -> changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("specializedSmeAmount", " 500000 "), "x"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("change nothing");
        assertThatThrownBy(() -> changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("specializedSmeAmount", "1"), "x".repeat(1001)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("longer than 1000");
        assertNothingStored();
    }

    @Test
    void anOfficialReadsWhyARequestIsRefusedInChinese() {
        InvalidInputException past = catchThrowableOfType(InvalidInputException.class, () -> changes.propose(GZ_OFFICIAL, ID,
                TODAY.minusDays(1), Map.of("specializedSmeAmount", "1"), "预算调整"));
        assertThat(past.message(true)).isEqualTo("effectiveOn：生效日期 " + TODAY.minusDays(1) + " 早于今天（" + TODAY
                + "）：变更只能自今天或以后生效。");

        InvalidInputException everything = catchThrowableOfType(InvalidInputException.class, () -> changes.propose(GZ_OFFICIAL, ID,
                TODAY.minusYears(1), Map.of(), "\u0000"));
        assertThat(everything.problems()).hasSize(3).allSatisfy(problem -> assertThat(problem.messageZh()).isNotBlank());
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> changes.cancel(GZ_OFFICIAL, 999_999, "x")).message(true))
                .isEqualTo("change：配置变更 999999 不存在。");
        assertNothingStored();
    }

    @Test
    void valuesMetatypeRefusesAreRefusedByField() {
        assertThatThrownBy(() -> changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("minimumTier", "CHAMPION", "colour", "red",
                "littleGiantAmount", ""), "x"))
                .isInstanceOfSatisfying(ConfigurationValidationException.class, refused -> assertThat(refused.fieldErrors())
                        .containsOnlyKeys("minimumTier", "colour", "littleGiantAmount"));
        assertNothingStored();
    }

    @Test
    void aConfigurationTheScheduleRefusesIsRefusedWithItsReason() {
        assertThatThrownBy(() -> changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("window.opens", "2026-05-01",
                "window.closes", "2026-04-30"), "受理期"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the schedule refuses this configuration")
                .hasMessageContaining("closes on 2026-04-30, before it opens on 2026-05-01");
        assertThatThrownBy(() -> changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("specializedSmeAmount", "lots"), "x"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the schedule refuses");
        assertNothingStored();
        assertThat(parameter("window.opens")).isEmpty();
    }

    @Test
    void aChangeIsCheckedWithTheChangesWaitingBeforeIt() {
        changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(5), Map.of("window.opens", "2026-04-01"), "受理期开始");

        assertThatThrownBy(() -> changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(6), Map.of("window.closes", "2026-03-20"), "截止"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before it opens on 2026-04-01");
        assertThat(changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(4), Map.of("window.closes", "2026-03-20"), "截止").applied())
                .as("in force before the opening day moves, so no conflict then").isFalse();
    }

    @Test
    void aChangeThatCannotBeAppliedStaysPendingAndIsAppliedLater() {
        configurations.failing = true;
        ScheduleChange change = changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("littleGiantAmount", "2500000"), "上调");
        assertThat(change.applied()).isFalse();
        assertThat(fixture.audit.actions()).containsExactly("schedule-configuration.proposed");

        configurations.failing = false;
        assertThat(sweep.applyDue()).isEqualTo(1);
        assertThat(parameter("littleGiantAmount")).isEqualTo("2500000");
    }

    @Test
    void aScheduleThatIsNotRunningCannotBeChangedButItsHistoryStaysReadable() {
        changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(1), Map.of("littleGiantAmount", "2500000"), "上调");
        configured.removeSchedule(schedule);

        assertThatThrownBy(() -> changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("littleGiantAmount", "1"), "x"))
                .isInstanceOf(ScheduleUnavailableException.class);
        assertThat(changes.history(GZ_AUDITOR, ID)).hasSize(1);
        fixture.clock.setDay(TODAY.plusDays(1));
        assertThat(sweep.applyDue()).as("waits for the schedule to run").isZero();
        configured.addSchedule(schedule, Map.of("service.pid", DatedSchedule.PID));
        assertThat(sweep.apply(ID)).isEqualTo(1);
    }

    @Test
    void closingTheWindowTodayRefusesApplicationsFromToday() {
        CreditCode firm = fixture.specializedFirm(1);
        changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("window.closes", TODAY.minusDays(1).toString()), "本期受理结束");

        assertThatThrownBy(() -> fixture.applications.record(GZ_CLERK, ID, ApplicationInput.withoutFields(firm, TODAY), Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after the application window closed");
    }

    @Test
    void anAwardKeepsTheParametersItWasComputedWith() {
        fixture.appropriate(ID, 2026, "5000000");
        CreditCode firm = fixture.specializedFirm(1);
        Application recorded = fixture.applications.record(GZ_CLERK, ID, ApplicationInput.withoutFields(firm, TODAY), Set.of());
        Application reviewed = fixture.approvals.decide(GZ_REVIEWER, recorded.id(), recorded.version(), Verdict.APPROVE, "材料齐全");
        fixture.approvals.decide(GZ_OFFICIAL, reviewed.id(), reviewed.version(), Verdict.APPROVE, "同意");
        Award before = fixture.awards.ofEnterprise(GZ_AUDITOR, firm).get(0);

        changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("specializedSmeAmount", "800000"), "标准上调");

        Award after = fixture.awards.award(GZ_AUDITOR, before.id()).orElseThrow();
        assertThat(after.amount()).isEqualTo(Money.parse("500000"));
        assertThat(after.assessment().configuration()).isEqualTo(before.assessment().configuration());
        assertThat(after.assessment().configuration().parameters()).containsEntry("specializedSmeAmount", "500000");
        assertThat(fixture.applications.preview(GZ_CLERK, ID, ApplicationInput.withoutFields(fixture.specializedFirm(2), TODAY))
                .award().orElseThrow().amount()).as("new applications use the new parameters").isEqualTo(Money.parse("800000"));
    }

    @Test
    void aWaitingChangeIsCancelledWithAReasonAuditedAndNeverApplied() {
        ScheduleChange waiting = changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(10), Map.of("littleGiantAmount", "2500000"), "上调");

        ScheduleChange cancelled = changes.cancel(GZ_OFFICIAL, waiting.id(), "  预算未获批准  ");

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.pending()).isFalse();
        assertThat(cancelled.cancellation().by()).isEqualTo(GZ_OFFICIAL.userId());
        assertThat(cancelled.cancellation().reason()).isEqualTo("预算未获批准");
        assertThat(changes.history(GZ_AUDITOR, ID)).singleElement().satisfies(shown -> assertThat(shown.cancelled()).isTrue());
        assertThat(fixture.audit.actions()).containsExactly("schedule-configuration.proposed", "schedule-configuration.cancelled");
        assertThat(fixture.audit.events("schedule-configuration.cancelled").get(0).after()).contains("预算未获批准");
        fixture.clock.setDay(TODAY.plusDays(10));
        assertThat(sweep.applyDue()).isZero();
        assertThat(parameter("littleGiantAmount")).isEqualTo("2000000");
    }

    @Test
    void onlyOfficialsOfTheRegionCancelAndOnlyWhatIsNotInForce() {
        ScheduleChange waiting = changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(10), Map.of("littleGiantAmount", "2500000"), "上调");
        ScheduleChange inForce = changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("specializedSmeAmount", "600000"), "上调");

        assertThatThrownBy(() -> changes.cancel(SZ_OFFICIAL, waiting.id(), "x")).isInstanceOf(AccessDeniedException.class);
        for (Actor notOfficial : List.of(GZ_CLERK, GZ_AUDITOR, ADMIN)) {
            assertThatThrownBy(() -> changes.cancel(notOfficial, waiting.id(), "x")).as(notOfficial.userId())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> changes.cancel(GZ_OFFICIAL, waiting.id(), " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> changes.cancel(GZ_OFFICIAL, 999_999, "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no schedule change 999999");
        assertThatThrownBy(() -> changes.cancel(GZ_OFFICIAL, inForce.id(), "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("in force");
        assertThat(fixture.audit.actions()).doesNotContain("schedule-configuration.cancelled");

        changes.cancel(GZ_OFFICIAL, waiting.id(), "撤回");
        assertThatThrownBy(() -> changes.cancel(GZ_OFFICIAL, waiting.id(), "again")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already cancelled");
        assertThat(fixture.audit.events("schedule-configuration.cancelled")).hasSize(1);
    }

    @Test
    void aChangeALaterWaitingChangeNeedsIsNotCancelledUntilThatOneIs() {
        changes.propose(GZ_OFFICIAL, ID, TODAY, Map.of("window.closes", "2026-03-31"), "本期");
        ScheduleChange longer = changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(5), Map.of("window.closes", "2026-12-31"), "延长");
        ScheduleChange opens = changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(6), Map.of("window.opens", "2026-06-01"), "下期");

        assertThatThrownBy(() -> changes.cancel(GZ_OFFICIAL, longer.id(), "不延长")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no. " + opens.id()).hasMessageContaining("cancel that one first");
        changes.cancel(GZ_OFFICIAL, opens.id(), "不开下期");
        assertThat(changes.cancel(GZ_OFFICIAL, longer.id(), "不延长").cancelled()).isTrue();
    }

    @Test
    void beforeIsWhatWasInForceJustBeforeTheChangesDayNotWhenItWasProposed() {
        ScheduleChange later = changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(10), Map.of("specializedSmeAmount", "600000"), "二期");
        assertThat(later.before()).containsExactly(Map.entry("specializedSmeAmount", "500000"));
        ScheduleChange earlier = changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(5), Map.of("specializedSmeAmount", "550000"), "一期");

        assertThat(changes.history(GZ_AUDITOR, ID)).as("waiting: what each would replace as things stand")
                .extracting(change -> change.before().get("specializedSmeAmount")).containsExactly("550000", "500000");

        fixture.clock.setDay(TODAY.plusDays(10));
        assertThat(sweep.applyDue()).isEqualTo(2);
        List<ScheduleChange> history = changes.history(GZ_AUDITOR, ID);
        assertThat(history).extracting(ScheduleChange::id).containsExactly(later.id(), earlier.id());
        assertThat(history).as("applied: what each replaced").extracting(change -> change.before().get("specializedSmeAmount"))
                .containsExactly("550000", "500000");
        assertThat(fixture.audit.events("schedule-configuration.applied")).extracting(event -> event.before())
                .containsExactly("{\"specializedSmeAmount\":\"500000\"}", "{\"specializedSmeAmount\":\"550000\"}");
        assertThat(parameter("specializedSmeAmount")).isEqualTo("600000");
    }

    @Test
    void theEngineOwnsTheConfigurationOfEveryScheduleItChanges() {
        ScheduleConfigurationOwner owner = new ScheduleConfigurationOwner(fixture.engine.transactions(), configured, null);
        assertThat(owner.owns(DatedSchedule.PID)).as("a running schedule's").isTrue();
        assertThat(owner.owns("org.cultivar.store")).isFalse();
        assertThat(owner.whereToChange()).contains("Subsidies → Schedules");

        changes.propose(GZ_OFFICIAL, ID, TODAY.plusDays(1), Map.of("littleGiantAmount", "2500000"), "上调");
        configured.removeSchedule(schedule);
        assertThat(owner.owns(DatedSchedule.PID)).as("a stopped schedule's with dated changes").isTrue();
    }

    private void assertNothingStored() {
        assertThat(fixture.count("subsidy_schedule_change")).isZero();
        assertThat(fixture.audit.actions()).doesNotContain("schedule-configuration.proposed");
        assertThat(configurations.updates).isZero();
    }
}
