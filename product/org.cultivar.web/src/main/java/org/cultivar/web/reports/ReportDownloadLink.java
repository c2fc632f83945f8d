package org.cultivar.web.reports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.cultivar.reports.api.RenderedReport;

/** Downloads a finished document under the name the reports service gave it. */
class ReportDownloadLink extends Anchor {
    private static final long serialVersionUID = 1L;

    ReportDownloadLink(RenderedReport document) {
        super(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(document.content()),
                document.fileName(), document.format().mediaType(), document.size())), document.fileName());
        addClassName("report-download");
    }
}
