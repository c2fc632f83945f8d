package org.cultivar.web.registry;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.web.registry.RegistryFixtures.CLERK;
import static org.cultivar.web.registry.RegistryFixtures.OFFICIAL;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.ReevaluationWorklist;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleDecision;
import org.cultivar.registry.api.TitleStatus;
import org.junit.jupiter.api.Test;

class ReevaluationViewTest extends RegistryUiTest {

    private final ReevaluationWorklist.Item failing = new ReevaluationWorklist.Item(
            RegistryFixtures.title(TitleStatus.DUE_FOR_REEVALUATION), RegistryFixtures.enterprise(false),
            RegistryFixtures.failingEvaluation());
    private final ReevaluationWorklist.Item passing = new ReevaluationWorklist.Item(
            new Title(8, RegistryFixtures.CODE, Tier.INNOVATIVE_SME, CertifyingLevel.PROVINCIAL, "广东省工业和信息化厅", null,
                    LocalDate.of(2022, 12, 1), LocalDate.of(2025, 11, 30), TitleStatus.DUE_FOR_REEVALUATION, null, null),
            RegistryFixtures.enterprise(false), null);

    @SuppressWarnings("unchecked")
    private Grid<ReevaluationWorklist.Item> grid() {
        return _get(Grid.class, spec -> spec.withId("reevaluation-grid"));
    }

    @Test
    void bulkDecisionSendsOneDecisionPerTitleWithItsOwnReason() {
        registry.worklist.addAll(List.of(failing, passing));
        registry.outcomes.addAll(List.of(new RegistryEditor.DecisionOutcome(7, null, null),
                new RegistryEditor.DecisionOutcome(8, null, "需要国家级主管官员")));
        signIn(OFFICIAL);
        UI.getCurrent().navigate("registry/reevaluation");
        grid().asMultiSelect().select(failing, passing);
        _click(_get(Button.class, spec -> spec.withId("reevaluation-decide")));

        _setValue(_get(TextField.class, spec -> spec.withId("bulk-common-reason")), "三年期满复核");
        List<TextField> reasons = _find(TextField.class, spec -> spec.withClasses("bulk-reason"));
        assertThat(reasons).extracting(TextField::getValue).containsOnly("三年期满复核");
        _click(_get(Button.class, spec -> spec.withId("bulk-apply")));
        assertThat(registry.decisions).as("a failing title is not renewed without a justification").isEmpty();

        _setValue(reasons.get(1), "另有说明");
        _setValue(_get(TextField.class, spec -> spec.withClasses("bulk-justification")), "细分领域龙头，例外保留");
        _setValue(_get(TextField.class, spec -> spec.withId("bulk-common-reason")), "三年期满复核，符合条件");
        _click(_get(Button.class, spec -> spec.withId("bulk-apply")));

        Map<Long, TitleDecision> byTitle = registry.decisions.stream().collect(Collectors.toMap(TitleDecision::titleId, d -> d));
        assertThat(byTitle).hasSize(2);
        assertThat(byTitle.values()).extracting(TitleDecision::kind).containsOnly(TitleDecision.Kind.RENEW);
        assertThat(byTitle.values()).extracting(TitleDecision::reason).containsExactlyInAnyOrder("三年期满复核，符合条件", "另有说明");
        assertThat(byTitle.get(7L).justification()).isEqualTo("细分领域龙头，例外保留");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulk-summary")).getText()).isEqualTo("已执行 1 项，被拒绝 1 项");
    }

    @Test
    void aBulkDemotionNamesTheAuthorityOfTheNewTitles() {
        registry.worklist.add(failing);
        registry.outcomes.add(new RegistryEditor.DecisionOutcome(7, null, null));
        signIn(OFFICIAL);
        UI.getCurrent().navigate("registry/reevaluation");
        grid().asMultiSelect().select(failing);
        _click(_get(Button.class, spec -> spec.withId("reevaluation-decide")));
        assertThat(_find(TextField.class, spec -> spec.withId("bulk-authority"))).as("only demotions create a new title")
                .isEmpty();

        _setValue(_get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("bulk-kind")),
                TitleDecision.Kind.DEMOTE);
        _setValue(_get(TextField.class, spec -> spec.withId("bulk-authority")), " 广东省工业和信息化厅 ");
        _setValue(_get(TextField.class, spec -> spec.withId("bulk-common-reason")), "复核未达标");
        _click(_get(Button.class, spec -> spec.withId("bulk-apply")));

        assertThat(registry.decisions).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(TitleDecision.Kind.DEMOTE);
            assertThat(decision.authority()).isEqualTo("广东省工业和信息化厅");
        });
    }

    @Test
    void clerksSeeTheWorklistReadOnly() {
        registry.worklist.add(failing);
        signIn(CLERK);
        UI.getCurrent().navigate("registry/reevaluation");

        assertThat(_find(Button.class, spec -> spec.withId("reevaluation-decide"))).isEmpty();
        assertThat(grid().getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridSingleSelectionModel.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid(), 0)).isEqualTo(failing);
        assertThat(registry.worklistDays).contains(90);
    }
}
