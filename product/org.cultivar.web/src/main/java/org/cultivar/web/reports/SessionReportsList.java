package org.cultivar.web.reports;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/** The session's reports: a progress bar while one runs, its download link when ready, the reason when it failed. */
class SessionReportsList extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient SessionReports reports;
    private Registration listening;

    SessionReportsList(SessionReports reports) {
        this.reports = reports;
        setId("session-reports");
        setPadding(false);
        setSpacing(false);
    }

    private void refresh() {
        removeAll();
        if (reports.list().isEmpty()) {
            add(new Paragraph(ReportLabels.text("reports.downloads.none")));
        }
        for (SessionReport report : reports.list()) {
            add(line(report));
        }
    }

    private static HorizontalLayout line(SessionReport report) {
        HorizontalLayout line = new HorizontalLayout(new Span(report.title() + " · " + report.format().name()));
        line.setAlignItems(Alignment.CENTER);
        if (report.running()) {
            ProgressBar progress = new ProgressBar();
            progress.setIndeterminate(true); // the service reports no progress of its own, only when it is done
            progress.setWidth("10em");
            line.add(progress, new Span(ReportLabels.text("reports.running")));
        } else if (report.rendered() != null) {
            line.add(new ReportDownloadLink(report.rendered()));
        } else {
            Span failure = new Span(ReportLabels.text("reports.failed", report.failure()));
            failure.addClassName("report-failure");
            failure.getStyle().set("color", "var(--lumo-error-text-color)");
            line.add(failure);
        }
        return line;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // called under the session lock, from a request or a finished rendering; push then sends the change
        listening = reports.onChange(() -> ui.accessSynchronously(this::refresh));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        listening.remove();
    }
}
