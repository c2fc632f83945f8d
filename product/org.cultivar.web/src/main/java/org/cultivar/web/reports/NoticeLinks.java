package org.cultivar.web.reports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.RenderedReport;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportException;
import org.cultivar.reports.api.ReportRequest;
import org.cultivar.reports.api.ReportService;
import org.cultivar.web.shell.RefusalText;

/**
 * "Print the disbursement notice" links for the payout pages: a PDF of one payout's notice, or
 * of every notice in a batch. The document is rendered when the link is followed, in the
 * download's own request, so drawing a page of payouts costs nothing. Links are offered only
 * while the reports service runs and lists the notice report for the user.
 */
public final class NoticeLinks {

    /** The reports bundle's ids; the single notice is asked for by the payout's number. */
    static final String NOTICE = "disbursement-notice";
    static final String BATCH_NOTICES = "disbursement-notices";

    private final ReportService service;
    private final Actor actor;
    private final Set<String> available;

    private NoticeLinks(ReportService service, Actor actor) {
        this.service = service;
        this.actor = actor;
        this.available = service.available(actor).stream().map(ReportDescriptor::id).collect(Collectors.toSet());
    }

    /** Links for the actor, or nothing while the reports service is not running. */
    public static Optional<NoticeLinks> forActor(Actor actor) {
        return ReportServices.find().map(service -> new NoticeLinks(service, actor));
    }

    public Optional<Anchor> payout(long payoutId) {
        return link(NOTICE, ReportArguments.NONE.forPayout(Long.toString(payoutId)),
                "reports.notice.print", "print-notice-" + payoutId);
    }

    public Optional<Anchor> batch(long batchId) {
        return link(BATCH_NOTICES, ReportArguments.NONE.forBatch(Long.toString(batchId)),
                "reports.notice.printBatch", "print-notices-" + batchId);
    }

    private Optional<Anchor> link(String reportId, ReportArguments arguments, String labelKey, String id) {
        if (!available.contains(reportId)) {
            return Optional.empty();
        }
        ReportRequest request = new ReportRequest(reportId, OutputFormat.PDF, arguments);
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                RenderedReport notice = service.render(actor, request);
                return new DownloadResponse(new ByteArrayInputStream(notice.content()), notice.fileName(),
                        notice.format().mediaType(), notice.size());
            } catch (IllegalArgumentException | AccessDeniedException | ReportException refused) {
                // the browser gets an error status instead of a broken file; the person is told why on the page
                event.getUI().access(() -> {
                    Notification notice = new Notification(ReportLabels.text("reports.failed", RefusalText.of(refused)), 10000,
                            Notification.Position.TOP_CENTER);
                    notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    notice.open();
                });
                return DownloadResponse.error(HttpStatusCode.BAD_REQUEST, refused.getMessage());
            }
        }), ReportLabels.text(labelKey));
        link.setId(id);
        return Optional.of(link);
    }
}
