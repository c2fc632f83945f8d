package org.cultivar.web.reports;

import com.vaadin.flow.server.VaadinServlet;
import java.util.Optional;
import org.cultivar.reports.api.ReportService;
import org.cultivar.web.osgi.FrameworkServices;

/** The reports service as a page finds it: missing while the reports bundle is stopped, and the page then says so. */
final class ReportServices {

    private ReportServices() {
    }

    static Optional<ReportService> find() {
        return FrameworkServices.of(VaadinServlet.getCurrent().getServletContext()).find(ReportService.class);
    }
}
