package org.cultivar.web.subsidy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.cultivar.subsidy.api.process.DisbursementBatch;

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

    @Test
    void aBatchThatHeldAPayoutBackIsListedWithWhatWasHeldBack() {
        // three payouts requested, one held back: two in the batch, three checked
        engine.batches.add(new DisbursementBatch(1, SubsidyFixtures.SCHEDULE_ID, DisbursementBatch.Status.READY, 2, 3,
                Money.parse("2500000.00"), "gz.clerk1", Instant.parse("2026-11-27T08:00:00Z")));
        engine.batches.add(new DisbursementBatch(2, SubsidyFixtures.SCHEDULE_ID, DisbursementBatch.Status.PREPARING, 5, 4,
                Money.parse("1000000.00"), "gz.clerk1", Instant.parse("2026-11-27T09:00:00Z")));
        signIn(SubsidyFixtures.CLERK);
        UI.getCurrent().navigate("subsidies/batches");

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("batches-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        List<String> progress = IntStream.range(0, 2).mapToObj(row -> (VerticalLayout) _getCellComponent(grid, row, "progress"))
                .map(cell -> {
                    ProgressBar bar = (ProgressBar) cell.getComponentAt(0);
                    return bar.getValue() + "/" + bar.getMax() + " " + ((Span) cell.getComponentAt(1)).getText();
                }).toList();
        assertThat(progress).containsExactlyInAnyOrder("3.0/3.0 2 笔，另 1 笔暂缓", "4.0/5.0 4 / 5");
    }
}
