package org.cultivar.web.subsidy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.junit.jupiter.api.Test;

class NewApplicationViewTest extends SubsidyUiTest {

    private TextField openFormFor() {
        signIn(SubsidyFixtures.CLERK);
        UI.getCurrent().navigate("subsidies/new");
        @SuppressWarnings("unchecked")
        ComboBox<ScheduleDefinition> schedule = _get(ComboBox.class, spec -> spec.withId("application-schedule"));
        _setValue(schedule, schedule.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("application-enterprise")), SubsidyFixtures.CODE);
        return _get(TextField.class, spec -> spec.withId("field-investment"));
    }

    @Test
    void theGeneratedMoneyFieldRefusesThreeDecimalsBeforeAskingTheEngine() {
        TextField investment = openFormFor();
        _setValue(investment, "5000000.125");
        _click(_get(Button.class, spec -> spec.withId("check-application")));

        assertThat(investment.isInvalid()).isTrue();
        assertThat(investment.getErrorMessage()).isEqualTo("最多 2 位小数（精确到分）");
        assertThat(engine.previewed).isEmpty();
    }

    @Test
    void checkShowsEveryFailedConditionAndRecordSendsTheForm() {
        engine.previewAnswer = SubsidyFixtures.ineligible();
        TextField investment = openFormFor();
        _setValue(investment, "5,000,000.50");

        _click(_get(Button.class, spec -> spec.withId("check-application")));
        assertThat(_find(ListItem.class, spec -> spec.withClasses("condition-failed"))).singleElement()
                .satisfies(item -> assertThat(item.getText()).contains("申报日未持有专精特新中小企业资质"));

        _click(_get(Button.class, spec -> spec.withId("record-application")));
        assertThat(engine.recorded).singleElement().satisfies(input -> {
            assertThat(input.fields()).isEqualTo(Map.of("investment", "5,000,000.50"));
            assertThat(input.enterprise().value()).isEqualTo(SubsidyFixtures.CODE);
        });
    }
}
