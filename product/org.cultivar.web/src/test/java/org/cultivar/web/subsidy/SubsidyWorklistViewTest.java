package org.cultivar.web.subsidy;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalDecision.Verdict;
import org.cultivar.subsidy.api.process.BulkDecision;
import org.junit.jupiter.api.Test;

class SubsidyWorklistViewTest extends SubsidyUiTest {

    private List<Application> awaiting;

    private void openAwaitingDecision(Actor actor) {
        awaiting = List.of(SubsidyFixtures.awaitingReview(41), SubsidyFixtures.awaitingReview(42), SubsidyFixtures.awaitingReview(43));
        engine.applications.addAll(awaiting);
        signIn(actor);
        UI.getCurrent().navigate("subsidies");
        _get(Tabs.class, spec -> spec.withId("worklist-tabs")).setSelectedTab(_get(Tab.class, spec -> spec.withId("worklist-awaiting-decision")));
    }

    @SuppressWarnings("unchecked")
    private Grid<Application> grid() {
        return _get(Grid.class, spec -> spec.withId("applications-grid"));
    }

    @Test
    void severalSelectedApplicationsAreApprovedInOneActionAndTheRefusedAreListedWithTheirReasons() {
        engine.bulkRefusals.put(43L, new BulkDecision.Refused(43, BulkDecision.Refusal.NOT_PERMITTED,
                "You already took a step on application 43; the next step needs another person."));
        openAwaitingDecision(SubsidyFixtures.OTHER_CLERK);
        assertThat(_get(Button.class, spec -> spec.withId("approve-selected")).isEnabled()).as("nothing selected yet").isFalse();

        grid().asMultiSelect().select(awaiting);
        assertThat(_get(Span.class, spec -> spec.withId("bulk-selection")).getText()).isEqualTo("已选 3 件，合计 1,500,000.00 元");
        _click(_get(Button.class, spec -> spec.withId("approve-selected")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulk-decision-summary")).getText())
                .startsWith("共 3 件申请，资助金额合计 1,500,000.00 元");
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        MockVaadin.clientRoundtrip(); // the notice attaches before the response

        assertThat(engine.bulkCalls).singleElement().satisfies(call -> {
            assertThat(call.verdict()).isEqualTo(Verdict.APPROVE);
            assertThat(call.selections()).containsExactly(new BulkDecision.Selected(41, 3), new BulkDecision.Selected(42, 3),
                    new BulkDecision.Selected(43, 3));
        });
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulk-outcome")).getText()).isEqualTo("已办理 2 件申请，未办理 1 件：");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly("申请 43（无权办理）：You already took a step on application 43; the next step needs another person.");
        assertThat(grid().getSelectedItems()).as("the decided leave the selection").isEmpty();
    }

    @Test
    void aBulkRejectionIsNotSentWithoutAReason() {
        openAwaitingDecision(SubsidyFixtures.OFFICIAL);
        grid().asMultiSelect().select(awaiting.get(0), awaiting.get(1));
        _click(_get(Button.class, spec -> spec.withId("reject-selected")));
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        assertThat(engine.bulkCalls).isEmpty();
        TextArea comment = _get(TextArea.class, spec -> spec.withId("decision-comment"));
        assertThat(comment.isInvalid()).isTrue();

        _setValue(comment, "预算年度已结束");
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));

        assertThat(engine.bulkCalls).singleElement().satisfies(call -> {
            assertThat(call.verdict()).isEqualTo(Verdict.REJECT);
            assertThat(call.comment()).isEqualTo("预算年度已结束");
            assertThat(call.selections()).extracting(BulkDecision.Selected::applicationId).containsExactly(41L, 42L);
        });
    }

    @Test
    void eachTabSaysHowManyWaitInItAndCountsAgainWhenAListIsOpened() {
        openAwaitingDecision(SubsidyFixtures.CLERK);
        assertThat(tab("worklist-awaiting-decision").countText()).isEqualTo("3");
        assertThat(tab("worklist-new").countText()).as("an empty list shows no count").isEmpty();

        for (int id = 100; id < 200; id++) {
            engine.applications.add(SubsidyFixtures.awaitingReview(id));
        }
        _get(Tabs.class, spec -> spec.withId("worklist-tabs")).setSelectedTab(tab("worklist-returned"));
        assertThat(tab("worklist-awaiting-decision").countText()).as("103 waiting, counted up to 99").isEqualTo("99+");
    }

    private static WorklistTab tab(String id) {
        return _get(WorklistTab.class, spec -> spec.withId(id));
    }

    @Test
    void anAuditorReadsTheWorklistWithoutSelectingOrDeciding() {
        openAwaitingDecision(SubsidyFixtures.AUDITOR);
        assertThat(grid().getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridSingleSelectionModel.class);
        assertThat(_find(Button.class, spec -> spec.withId("approve-selected"))).isEmpty();
    }

    @Test
    void eachAwaitingApplicationSaysWhoseStepIsNext() {
        openAwaitingDecision(SubsidyFixtures.OTHER_CLERK);
        assertThat(_getFormattedRow(grid(), 0)).as("a second clerk reviews").contains("待您复核");

        openAwaitingDecision(SubsidyFixtures.CLERK);
        assertThat(_getFormattedRow(grid(), 0)).as("the recorder may not review their own")
                .contains("待其他同事复核");

        openAwaitingDecision(SubsidyFixtures.OFFICIAL);
        assertThat(_getFormattedRow(grid(), 0)).as("a review is a clerk's step").contains("待经办人员复核");
    }

    @Test
    void aRefusalTheEngineWordsInChineseIsReadInChinese() {
        engine.bulkRefusals.put(42L, new BulkDecision.Refused(42, BulkDecision.Refusal.CONFLICT, "The 2025 budget has CNY 0.00 left.",
                org.cultivar.subsidy.api.BilingualText.of("2025 年度预算仅余 0.00元。", "The 2025 budget has CNY 0.00 left.")));
        openAwaitingDecision(SubsidyFixtures.OFFICIAL);
        grid().asMultiSelect().select(awaiting.get(1));
        _click(_get(Button.class, spec -> spec.withId("approve-selected")));
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        MockVaadin.clientRoundtrip();

        assertThat(_find(ListItem.class)).extracting(ListItem::getText).singleElement().asString()
                .startsWith("申请 42").endsWith("2025 年度预算仅余 0.00元。");
    }
}
