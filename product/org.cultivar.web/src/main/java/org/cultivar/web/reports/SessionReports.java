package org.cultivar.web.reports;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.cultivar.reports.api.OutputFormat;

/**
 * The reports asked for in this session, newest first, kept in the session so a report that
 * finishes after the user has left the page is waiting when they come back. Only the newest few
 * are kept: finished documents live in memory. Read and changed under the session lock only.
 * Not serializable, like the documents it holds: sessions here live in one server's memory.
 */
final class SessionReports {

    static final int KEPT = 10;

    private final LinkedList<SessionReport> reports = new LinkedList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    static SessionReports of(VaadinSession session) {
        SessionReports reports = session.getAttribute(SessionReports.class);
        if (reports == null) {
            reports = new SessionReports();
            session.setAttribute(SessionReports.class, reports);
        }
        return reports;
    }

    List<SessionReport> list() {
        return List.copyOf(reports);
    }

    SessionReport started(String title, OutputFormat format) {
        SessionReport report = new SessionReport(title, format);
        reports.addFirst(report);
        if (reports.size() > KEPT) {
            // the oldest finished one makes room; a running one only when every kept report is still running
            SessionReport oldestFinished = reports.stream().filter(kept -> !kept.running()).reduce((newer, older) -> older)
                    .orElse(reports.getLast());
            reports.remove(oldestFinished);
        }
        changed();
        return report;
    }

    void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }

    Registration onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
