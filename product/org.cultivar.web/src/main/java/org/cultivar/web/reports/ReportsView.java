package org.cultivar.web.reports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportException;
import org.cultivar.reports.api.ReportRequest;
import org.cultivar.reports.api.ReportService;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;
import org.cultivar.web.shell.RefusalText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports the user's roles may run, as the reports service lists them. A chosen report gets
 * a form generated from its parameters; it renders in the background, and the document waits in
 * the session's list until downloaded, also when the user went elsewhere meanwhile.
 */
@Route(value = "reports", layout = MainLayout.class)
@RequiresRole({Role.ADMINISTRATOR, Role.OFFICIAL, Role.CLERK, Role.AUDITOR})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReportsView.class);

    private final Actor actor = CurrentActor.require();
    private final VerticalLayout chosen = new VerticalLayout();

    public ReportsView() {
        setId("reports-view");
        add(new H2(ReportLabels.text("nav.reports")));
        Optional<ReportService> service = ReportServices.find();
        if (service.isEmpty()) {
            Paragraph unavailable = new Paragraph(ReportLabels.text("reports.unavailable"));
            unavailable.setId("reports-unavailable");
            unavailable.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(unavailable);
            return;
        }
        ListBox<ReportDescriptor> list = new ListBox<>();
        list.setId("report-list");
        // a report's name on one line: the form beside the list takes what is left
        list.setMinWidth("14em");
        list.getStyle().set("flex-shrink", "0");
        list.setItems(service.get().available(actor));
        list.setItemLabelGenerator(ReportLabels::title);
        list.addValueChangeListener(choice -> choose(service.get(), choice.getValue()));
        chosen.setPadding(false);
        HorizontalLayout reports = new HorizontalLayout(list, chosen);
        reports.setWidthFull();
        reports.expand(chosen);
        SessionReports kept = SessionReports.of(VaadinSession.getCurrent());
        add(reports, new H3(ReportLabels.text("reports.downloads")), new SessionReportsList(kept));
    }

    private void choose(ReportService service, ReportDescriptor report) {
        chosen.removeAll();
        if (report == null) {
            return;
        }
        ParameterForm form = new ParameterForm(report, actor);
        RadioButtonGroup<OutputFormat> format = new RadioButtonGroup<>(ReportLabels.text("reports.format"));
        format.setId("report-format");
        format.setItems(OutputFormat.values());
        format.setItemLabelGenerator(OutputFormat::name);
        format.setValue(OutputFormat.PDF);
        Button generate = new Button(ReportLabels.text("reports.generate"), click -> generate(service, report, form, format.getValue()));
        generate.setId("generate-report");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        chosen.add(new H3(ReportLabels.title(report)), form, format, generate);
    }

    private void generate(ReportService service, ReportDescriptor report, ParameterForm form, OutputFormat format) {
        Optional<ReportArguments> arguments = form.arguments();
        if (arguments.isEmpty()) {
            return;
        }
        ReportRequest request = new ReportRequest(report.id(), format, arguments.get());
        UI ui = UI.getCurrent();
        VaadinSession session = ui.getSession();
        SessionReports kept = SessionReports.of(session);
        SessionReport running = kept.started(ReportLabels.title(report), format);
        BackgroundRendering.start(service, actor, request).whenComplete((document, failure) -> session.access(() -> {
            if (failure == null) {
                running.finished(document);
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                String reason = reason(cause);
                running.failed(reason);
                if (form.isAttached()) {
                    ui.accessSynchronously(() -> showRefusal(form, cause, reason));
                }
            }
            kept.changed();
        }));
    }

    /** What went wrong, as the person can act on it: the service's own words for what it refused. */
    private static String reason(Throwable cause) {
        if (cause instanceof IllegalArgumentException || cause instanceof AccessDeniedException || cause instanceof ReportException) {
            return RefusalText.of(cause);
        }
        LOG.error("A report failed unexpectedly", cause);
        return ReportLabels.text("reports.unexpected");
    }

    private static void showRefusal(ParameterForm form, Throwable cause, String reason) {
        if (cause instanceof InvalidReportArgumentException refused && form.showAtField(refused)) {
            return;
        }
        Notification notice = new Notification(ReportLabels.text("reports.failed", reason), 10000, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.open();
    }

    @Override
    public String getPageTitle() {
        return ReportLabels.text("nav.reports") + " · " + ReportLabels.text("app.title");
    }
}
