package org.cultivar.web.subsidy;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.cultivar.subsidy.api.process.ScheduleChanges;
import org.cultivar.web.EmbeddedFramework;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulesViewTest extends SubsidyUiTest {

    private static final Actor SHENZHEN_OFFICIAL = new Actor("sz.official", "Shenzhen Official", Set.of(Role.OFFICIAL),
            RegionCode.of("440300"));

    private final InMemoryScheduleChanges changes = new InMemoryScheduleChanges();

    @BeforeEach
    void budget() {
        engine.positions.add(new BudgetPosition(SubsidyFixtures.SCHEDULE_ID, SubsidyLabels.today().getYear(), Money.parse("10000000.00"),
                Money.parse("2500000.00"), Money.parse("1500000.00"), Money.parse("100000.00")));
    }

    private Grid<?> open(Actor actor) {
        EmbeddedFramework.register(ScheduleChanges.class, changes);
        signIn(actor);
        UI.getCurrent().navigate("subsidies/schedules");
        return _get(Grid.class, spec -> spec.withId("region-schedules"));
    }

    private static Button action(Grid<?> schedules, String className) {
        Component actions = _getCellComponent(schedules, 0, "actions");
        return _get(actions, Button.class, spec -> spec.withClasses(className));
    }

    @Test
    void officialsSeeTheirSchedulesWindowAndBudgetAtAGlance() {
        Grid<?> schedules = open(SubsidyFixtures.OFFICIAL);

        assertThat(_size(schedules)).isEqualTo(1);
        assertThat(_getFormattedRow(schedules, 0)).contains("穗工信规字〔2024〕1号", "440100");
        Component budget = _getCellComponent(schedules, 0, "available");
        assertThat(_find(budget, Span.class)).extracting(Span::getText)
                .containsExactly("可用 6,100,000.00", "额度 10,000,000.00；已承诺 2,500,000.00，已拨付 1,500,000.00");
        assertThat(String.join(" ", _getFormattedRow(schedules, 0))).containsAnyOf("受理中", "Open");
    }

    @Test
    void anOfficialChangesAParameterFromADayWithAReason() {
        Grid<?> schedules = open(SubsidyFixtures.OFFICIAL);
        _click(action(schedules, "configure-schedule"));

        _setValue(_get(TextField.class, spec -> spec.withId("config-rate")), "12");
        _setValue(_get(TextArea.class, spec -> spec.withId("change-reason")), "2026年政策调整");
        _click(_get(Button.class, spec -> spec.withId("save-schedule-configuration")));

        assertThat(changes.proposed).singleElement().satisfies(change -> {
            assertThat(change.after()).containsExactly(Map.entry("rate", "12"));
            assertThat(change.before()).containsExactly(Map.entry("rate", "10"));
            assertThat(change.effectiveOn()).isEqualTo(SubsidyLabels.today());
            assertThat(change.reason()).isEqualTo("2026年政策调整");
        });
        assertThat(_find(Component.class, spec -> spec.withId("schedule-configuration-dialog"))).isEmpty();
    }

    @Test
    void aChangeNeedsAReason() {
        Grid<?> schedules = open(SubsidyFixtures.OFFICIAL);
        _click(action(schedules, "configure-schedule"));

        _setValue(_get(TextField.class, spec -> spec.withId("config-rate")), "12");
        _click(_get(Button.class, spec -> spec.withId("save-schedule-configuration")));

        assertThat(changes.proposed).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("change-reason")).isInvalid()).isTrue();
    }

    @Test
    void closingTheWindowIsADatedChangeWithAReason() {
        Grid<?> schedules = open(SubsidyFixtures.OFFICIAL);
        _click(action(schedules, "close-window"));

        _setValue(_get(TextArea.class, spec -> spec.withId("change-reason")), "本期受理结束");
        _click(_get(Button.class, spec -> spec.withId("save-application-window")));

        assertThat(changes.proposed).singleElement().satisfies(change ->
                assertThat(change.after()).containsExactly(Map.entry("window.closes", SubsidyLabels.today().minusDays(1).toString())));
    }

    @Test
    void officialsOfAnotherRegionSeeNoneOfItsSchedules() {
        Grid<?> schedules = open(SHENZHEN_OFFICIAL);

        assertThat(_size(schedules)).isZero();
        assertThat(_find(Button.class, spec -> spec.withClasses("configure-schedule"))).isEmpty();
    }

    @Test
    void auditorsReadTheScheduleAndItsHistoryWithoutActions() {
        changes.propose(SubsidyFixtures.OFFICIAL, SubsidyFixtures.SCHEDULE_ID, SubsidyLabels.today().plusDays(3), Map.of("rate", "15"),
                "下季度调整");
        Grid<?> schedules = open(SubsidyFixtures.AUDITOR);

        assertThat(_size(schedules)).isEqualTo(1);
        Component actions = _getCellComponent(schedules, 0, "actions");
        assertThat(_find(actions, Button.class)).extracting(button -> button.getClassNames().iterator().next())
                .containsExactly("schedule-history");
        _click(action(schedules, "schedule-history"));
        Grid<?> history = _get(Grid.class, spec -> spec.withId("schedule-history"));
        assertThat(_size(history)).isEqualTo(1);
        assertThat(String.join(" ", _getFormattedRow(history, 0))).contains("rate: 10 → 15", "下季度调整", "official1");
        assertThat(_find(Component.class, spec -> spec.withId("regional-features"))).isEmpty();
    }

    @Test
    void anOfficialWithdrawsAWaitingChangeWithAReasonAndTheHistoryKeepsIt() {
        changes.propose(SubsidyFixtures.OFFICIAL, SubsidyFixtures.SCHEDULE_ID, SubsidyLabels.today().plusDays(3), Map.of("rate", "15"),
                "下季度调整");
        Grid<?> schedules = open(SubsidyFixtures.OFFICIAL);
        _click(action(schedules, "schedule-history"));
        Grid<?> history = _get(Grid.class, spec -> spec.withId("schedule-history"));
        _click((Button) _getCellComponent(history, 0, "actions"));

        _click(_get(Button.class, spec -> spec.withId("confirm-cancel-change")));
        assertThat(changes.proposed.get(0).pending()).as("a reason is required").isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("cancel-reason")), "预算未获批准");
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel-change")));

        assertThat(changes.proposed.get(0).cancellation().reason()).isEqualTo("预算未获批准");
        assertThat(String.join(" ", _getFormattedRow(history, 0))).contains("rate: 10 → 15", "预算未获批准", "official1");
        assertThat(_find((Component) _getCellComponent(history, 0, "actions"), Button.class)).as("nothing left to withdraw").isEmpty();
    }

    @Test
    void onlyWaitingChangesCanBeWithdrawnAndOnlyByOfficials() {
        changes.propose(SubsidyFixtures.OFFICIAL, SubsidyFixtures.SCHEDULE_ID, SubsidyLabels.today(), Map.of("rate", "12"), "本期");
        _click(action(open(SubsidyFixtures.OFFICIAL), "schedule-history"));
        Grid<?> history = _get(Grid.class, spec -> spec.withId("schedule-history"));
        assertThat(_find((Component) _getCellComponent(history, 0, "actions"), Button.class)).as("in force").isEmpty();

        changes.propose(SubsidyFixtures.OFFICIAL, SubsidyFixtures.SCHEDULE_ID, SubsidyLabels.today().plusDays(3), Map.of("rate", "15"), "下季度");
        _click(action(open(SubsidyFixtures.AUDITOR), "schedule-history"));
        assertThat(_find(Button.class, spec -> spec.withClasses("cancel-change"))).isEmpty();
    }
}
