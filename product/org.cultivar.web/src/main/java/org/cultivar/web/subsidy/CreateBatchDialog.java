package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.UUID;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;

/**
 * Puts a schedule's ready payouts into a new batch. The request key is drawn once, when the
 * dialog opens, so a double click or a resent request finds the batch already created instead
 * of filling a second one with the same payouts.
 */
class CreateBatchDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** The most ready payouts one dialog offers; the engine caps a batch itself. */
    static final int OFFERED = 10_000;

    private final String requestKey = UUID.randomUUID().toString();

    CreateBatchDialog(DisbursementBatches batches, Payouts payouts, Actor actor, SerializableConsumer<DisbursementBatch> created) {
        setHeaderTitle(SubsidyLabels.text("subsidy.batch.create"));
        setWidth("56em");
        List<Payout> ready = payouts.worklist(actor, Payout.Status.READY, 0, OFFERED);
        ComboBox<String> schedule = new ComboBox<>(SubsidyLabels.text("subsidy.schedule"));
        schedule.setId("batch-schedule");
        schedule.setItems(ready.stream().map(Payout::scheduleId).distinct().sorted().toList());
        Grid<Payout> chosen = new Grid<>();
        chosen.setId("batch-payouts");
        chosen.setSelectionMode(Grid.SelectionMode.MULTI);
        chosen.addColumn(Payout::id).setHeader(SubsidyLabels.text("subsidy.column.id"));
        chosen.addColumn(payout -> payout.enterprise().value()).setHeader(SubsidyLabels.text("subsidy.creditCode"));
        chosen.addColumn(payout -> SubsidyLabels.money(payout.amount())).setHeader(SubsidyLabels.text("subsidy.amount"));
        Span total = new Span();
        total.setId("batch-selection-total");
        schedule.addValueChangeListener(e -> {
            List<Payout> ofSchedule = ready.stream().filter(payout -> payout.scheduleId().equals(e.getValue())).toList();
            chosen.setItems(ofSchedule);
            chosen.asMultiSelect().select(ofSchedule);
        });
        chosen.asMultiSelect().addValueChangeListener(e -> total.setText(SubsidyLabels.text("subsidy.batch.selection",
                e.getValue().size(), SubsidyLabels.money(e.getValue().stream().map(Payout::amount).reduce(Money.ZERO, Money::plus)))));
        add(schedule, chosen, total);
        Button create = new Button(SubsidyLabels.text("subsidy.batch.create"), e -> {
            List<Long> ids = chosen.getSelectedItems().stream().map(Payout::id).sorted().toList();
            if (schedule.getValue() == null || ids.isEmpty()) {
                Refusals.show(SubsidyLabels.text("subsidy.batch.nothingChosen"));
                return;
            }
            Refusals.obtain(() -> batches.create(actor, schedule.getValue(), ids, requestKey)).ifPresent(batch -> {
                close();
                created.accept(batch);
            });
        });
        create.setId("create-batch");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(SubsidyLabels.text("common.cancel"), e -> close()), create);
    }
}
