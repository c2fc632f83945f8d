package org.cultivar.web.subsidy;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
        addColumn(DisbursementBatch::scheduleId).setHeader(SubsidyLabels.text("subsidy.schedule"));
        addColumn(batch -> SubsidyLabels.status(batch.status())).setHeader(SubsidyLabels.text("subsidy.batch.status"));
        addComponentColumn(BatchesGrid::progress).setHeader(SubsidyLabels.text("subsidy.batch.progress")).setFlexGrow(2);
        addColumn(batch -> SubsidyLabels.money(batch.total())).setHeader(SubsidyLabels.text("subsidy.batch.total"));
        addColumn(batch -> batch.createdBy() + " " + SubsidyLabels.time(batch.createdAt())).setHeader(SubsidyLabels.text("subsidy.batch.created"));
        Optional<NoticeLinks> notices = NoticeLinks.forActor(actor);
        addComponentColumn(batch -> files(batches, actor, batch, notices)).setHeader(SubsidyLabels.text("subsidy.batch.files")).setAutoWidth(true);
    }

    private static HorizontalLayout progress(DisbursementBatch batch) {
        ProgressBar bar = new ProgressBar(0, Math.max(batch.payouts(), 1), batch.processed());
        bar.addClassName("batch-progress");
        return new HorizontalLayout(bar, new Span(batch.processed() + " / " + batch.payouts()));
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
