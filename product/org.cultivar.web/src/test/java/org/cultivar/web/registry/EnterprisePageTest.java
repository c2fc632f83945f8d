package org.cultivar.web.registry;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.web.registry.RegistryFixtures.AUDITOR;
import static org.cultivar.web.registry.RegistryFixtures.CLERK;
import static org.cultivar.web.registry.RegistryFixtures.CODE;
import static org.cultivar.web.registry.RegistryFixtures.OFFICIAL;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Tier;
import org.junit.jupiter.api.Test;

class EnterprisePageTest extends RegistryUiTest {

    private void open() {
        UI.getCurrent().navigate("registry/enterprise/" + CODE.value());
    }

    @Test
    void showsIdentityTimelineEvaluationAndRedFlags() {
        registry.profiles.add(RegistryFixtures.profile(true));
        signIn(AUDITOR);
        open();

        assertThat(_get(H2.class, spec -> spec.withText("广州精工<b>科技</b>有限公司"))).isNotNull(); // markup stays text
        assertThat(_find(DemoBadge.class)).isNotEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("check-override-warning"))).hasSize(1);
        @SuppressWarnings("rawtypes")
        List<Grid> transitions = _find(Grid.class, spec -> spec.withClasses("title-transitions"));
        assertThat(transitions).hasSize(1);
        assertThat(_size(transitions.get(0))).isEqualTo(2);
        assertThat(String.join(" ", _getFormattedRow(transitions.get(0), 0))).as("who recorded it, by name and id")
                .contains("赵强（official1）");
        assertThat(String.join(" ", _getFormattedRow(transitions.get(0), 1))).contains("system");
        @SuppressWarnings("unchecked")
        Grid<CriterionResult> criteria = _get(Grid.class, spec -> spec.withClasses("criteria-grid"));
        assertThat(_size(criteria)).isEqualTo(3);
        assertThat(IntStream.range(0, 3).mapToObj(row -> ((HasStyle) _getCellComponent(criteria, row, "outcome")).getClassName()))
                .containsExactly("outcome-fail", "outcome-pass", "outcome-no_data");
        assertThat(_getFormattedRow(criteria, 2)).as("threshold and note in the page's language")
                .contains("≥ 5%（近2年每年）", "缺少 2023 年数据").doesNotContain("≥ 5% in each of the last 2 years");
        assertThat(_get(Span.class, spec -> spec.withClasses("evaluation-summary")).getText())
                .isEqualTo("认定标准 specialized-2022，2024 年度数据，复核：不符合条件");
        assertThat(_get(ListItem.class).getText()).isEqualTo("资产负债率过高: 资产负债率 78.0%");
        assertThat(_find(Paragraph.class, spec -> spec.withText("安装资金拨付引擎后，将在此列出该企业获得的资助。"))).hasSize(1);
    }

    @Test
    void actionsFollowTheRole() {
        registry.profiles.add(RegistryFixtures.profile(false));
        signIn(AUDITOR);
        open();
        assertThat(_find(Button.class, spec -> spec.withId("record-figures"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("edit-enterprise"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("grant-title"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("decide-title"))).isEmpty();
        stop();

        signIn(CLERK);
        open();
        assertThat(_find(Button.class, spec -> spec.withId("record-figures"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("edit-enterprise"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("grant-title"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("decide-title"))).isEmpty();
        stop();

        signIn(OFFICIAL);
        open();
        assertThat(_find(Button.class, spec -> spec.withId("grant-title"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withClasses("decide-title"))).hasSize(1);
    }

    @Test
    void grantDialogPutsTheRegistrysProblemsOnTheirFields() {
        registry.profiles.add(RegistryFixtures.profile(false));
        registry.grantRefusal = () -> new InvalidInputException(List.of(
                FieldProblem.of("justification", "资产负债率不符合条件，须说明理由"), FieldProblem.of("batch", "批次格式不对")));
        signIn(OFFICIAL);
        open();
        _click(_get(Button.class, spec -> spec.withId("grant-title")));
        @SuppressWarnings("unchecked")
        ComboBox<Tier> tier = _get(ComboBox.class, spec -> spec.withId("grant-tier"));
        _setValue(tier, Tier.SPECIALIZED_SME);
        _setValue(_get(TextField.class, spec -> spec.withId("grant-authority")), "广东省工业和信息化厅");
        assertThat(_get(Paragraph.class, spec -> spec.withId("grant-criteria")).getText()).contains("资产负债率", "specialized-2022");

        _click(_get(Button.class, spec -> spec.withId("save-grant")));

        TextArea justification = _get(TextArea.class, spec -> spec.withId("grant-justification"));
        assertThat(justification.isInvalid()).isTrue();
        assertThat(justification.getErrorMessage()).isEqualTo("资产负债率不符合条件，须说明理由");
        TextField batch = _get(TextField.class, spec -> spec.withId("grant-batch"));
        assertThat(batch.getErrorMessage()).isEqualTo("批次格式不对");
        assertThat(registry.grants).isEmpty();
    }

    @Test
    void figuresAreRecordedAsExactMoney() {
        registry.profiles.add(RegistryFixtures.profile(false));
        signIn(CLERK);
        open();
        _click(_get(Button.class, spec -> spec.withId("record-figures")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("figures-year")), 2024);
        TextField revenue = _get(TextField.class, spec -> spec.withId("figures-revenue"));

        _setValue(revenue, "12.345");
        _click(_get(Button.class, spec -> spec.withId("save-figures")));
        assertThat(revenue.isInvalid()).isTrue();
        assertThat(registry.recordedFigures).isEmpty();

        _setValue(revenue, "1,250,000.50");
        _click(_get(Button.class, spec -> spec.withId("save-figures")));
        assertThat(registry.recordedFigures).singleElement()
                .satisfies(figures -> assertThat(figures.revenue()).isEqualTo(Money.parse("1250000.50")));
    }

    @Test
    void anUnknownCodeIsNotFound() {
        signIn(CLERK);
        UI.getCurrent().navigate("registry/enterprise/not-a-code");
        assertThat(_find(Paragraph.class, spec -> spec.withId("enterprise-not-found"))).hasSize(1);
    }
}
