package org.cultivar.web.subsidy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.process.Payout;
import org.junit.jupiter.api.Test;

class BatchesViewTest extends SubsidyUiTest {

    @Test
    void aDoubleClickOnCreateSendsOneRequestKey() {
        for (long id = 1; id <= 2; id++) {
            engine.payouts.add(new Payout(id, 1, 9, SubsidyFixtures.SCHEDULE_ID, CreditCode.parse(SubsidyFixtures.CODE), 1,
                    Money.parse("250000.00"), 2025, false, Payout.Status.READY, null, null));
        }
        signIn(SubsidyFixtures.CLERK);
        UI.getCurrent().navigate("subsidies/batches");
        _click(_get(Button.class, spec -> spec.withId("open-create-batch")));
        @SuppressWarnings("unchecked")
        ComboBox<String> schedule = _get(ComboBox.class, spec -> spec.withId("batch-schedule"));
        _setValue(schedule, SubsidyFixtures.SCHEDULE_ID);
        Button create = _get(Button.class, spec -> spec.withId("create-batch"));

        create.click();
        create.click(); // the second click of a double click arrives before the dialog closes in the browser

        assertThat(engine.batchRequestKeys).hasSize(2);
        assertThat(engine.batchRequestKeys.get(1)).isEqualTo(engine.batchRequestKeys.get(0));
    }
}
