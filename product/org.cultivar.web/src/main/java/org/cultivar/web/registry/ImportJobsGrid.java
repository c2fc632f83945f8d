package org.cultivar.web.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.cultivar.registry.api.ImportJob;

/** The user's imports with their progress and results; they run on while the user works elsewhere. */
class ImportJobsGrid extends Grid<ImportJob> {
    private static final long serialVersionUID = 1L;

    ImportJobsGrid() {
        setId("import-jobs");
        addColumn(ImportJob::fileName).setHeader(RegistryLabels.text("registry.import.fileName")).setAutoWidth(true);
        addColumn(job -> RegistryLabels.time(job.startedAt())).setHeader(RegistryLabels.text("registry.import.startedAt")).setAutoWidth(true);
        addColumn(job -> RegistryLabels.text("registry.import.state." + job.state().name()))
                .setHeader(RegistryLabels.text("registry.import.state")).setAutoWidth(true);
        addComponentColumn(ImportJobsGrid::progress).setHeader(RegistryLabels.text("registry.import.progress")).setWidth("14em")
                .setFlexGrow(0);
        addColumn(ImportJobsGrid::outcome).setHeader(RegistryLabels.text("registry.import.result")).setFlexGrow(1);
        setAllRowsVisible(true);
    }

    private static Component progress(ImportJob job) {
        ProgressBar bar = new ProgressBar();
        bar.addClassName("import-progress");
        if (finishing(job)) {
            bar.setIndeterminate(true);
        } else if (job.total() > 0) {
            bar.setValue(Math.min(1.0, (double) job.processed() / job.total())); // a bar position, not an amount
        } else {
            bar.setIndeterminate(job.state() == ImportJob.State.RUNNING);
        }
        VerticalLayout cell = new VerticalLayout(bar, new Span(String.format("%,d / %,d", job.processed(), job.total())));
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    /** Every line stored and the job still running: a first load building its indexes (ADR 0010). */
    static boolean finishing(ImportJob job) {
        return job.state() == ImportJob.State.RUNNING && job.total() > 0 && job.processed() >= job.total();
    }

    static String outcome(ImportJob job) {
        if (job.error() != null) {
            return job.error(RegistryLabels.chinese());
        }
        if (finishing(job)) {
            return RegistryLabels.text("registry.import.finishing");
        }
        ImportJob.Result result = job.result();
        return result == null ? "" : RegistryLabels.text("registry.import.resultSummary", result.enterprisesCreated(),
                result.enterprisesUpdated(), result.figuresRecorded(), result.titlesGranted(), result.unchanged(),
                result.skippedInvalid());
    }
}
