package org.cultivar.web.subsidy;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.cultivar.web.reports.NoticeLinks;

/** Disbursement batches with how far each has been filled, and their payment files once ready. */
class BatchesGrid extends Grid<DisbursementBatch> {
    private static final long serialVersionUID = 1L;

    BatchesGrid(DisbursementBatches batches, Actor actor) {
        setId("batches-grid");
        addColumn(DisbursementBatch::id).setHeader(SubsidyLabels.text("subsidy.column.id")).setAutoWidth(true);
        // the schedule by its name, its id on hover; a stopped schedule by its id
        ScheduleNames names = new ScheduleNames();
        addColumn(batch -> names.of(batch.scheduleId()))
                .setHeader(SubsidyLabels.text("subsidy.schedule")).setTooltipGenerator(DisbursementBatch::scheduleId).setFlexGrow(2);
        addColumn(batch -> SubsidyLabels.status(batch.status())).setHeader(SubsidyLabels.text("subsidy.batch.status")).setAutoWidth(true);
        addComponentColumn(BatchesGrid::progress).setKey("progress").setHeader(SubsidyLabels.text("subsidy.batch.progress")).setFlexGrow(2);
        addColumn(batch -> SubsidyLabels.money(batch.total())).setHeader(SubsidyLabels.text("subsidy.batch.total"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        addColumn(batch -> batch.createdBy() + " " + SubsidyLabels.time(batch.createdAt())).setHeader(SubsidyLabels.text("subsidy.batch.created"))
                .setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Optional<NoticeLinks> notices = NoticeLinks.forActor(actor);
        addComponentColumn(batch -> files(batches, actor, batch, notices)).setHeader(SubsidyLabels.text("subsidy.batch.files")).setAutoWidth(true);
    }

    /**
     * How far the check has come. {@code processed} counts the payouts checked, those held back
     * too, so it exceeds {@code payouts} (those in the batch) once a payout was held back: the bar
     * runs to whichever is larger, and a filled batch names how many were held back.
     */
    static VerticalLayout progress(DisbursementBatch batch) {
        boolean filling = batch.status() == DisbursementBatch.Status.PREPARING;
        int end = Math.max(1, Math.max(batch.payouts(), batch.processed()));
        ProgressBar bar = new ProgressBar(0, end, filling ? Math.min(batch.processed(), end) : end);
        bar.addClassName("batch-progress");
        int heldBack = batch.processed() - batch.payouts();
        String text = filling ? batch.processed() + " / " + end
                : heldBack > 0 ? SubsidyLabels.text("subsidy.batch.progress.heldBack", batch.payouts(), heldBack)
                : SubsidyLabels.text("subsidy.batch.progress.done", batch.payouts());
        // the words under the bar, so that a narrow column squeezes neither
        VerticalLayout cell = new VerticalLayout(bar, new Span(text));
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private static HorizontalLayout files(DisbursementBatches batches, Actor actor, DisbursementBatch batch,
                                          Optional<NoticeLinks> notices) {
        HorizontalLayout files = new HorizontalLayout();
        if (batch.status() != DisbursementBatch.Status.PREPARING) {
            for (PaymentFile.Format format : PaymentFile.Format.values()) {
                files.add(new PaymentFileLink(batches, actor, batch.id(), format));
            }
            notices.flatMap(links -> links.batch(batch.id())).ifPresent(files::add);
        }
        return files;
    }
}
