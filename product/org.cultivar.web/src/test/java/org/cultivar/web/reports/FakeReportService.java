package org.cultivar.web.reports;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.cultivar.core.api.security.Actor;
import org.cultivar.reports.api.RenderedReport;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportRequest;
import org.cultivar.reports.api.ReportService;

/** The reports service as a test sets it up: a canned list and answer, and a record of the requests the page sent. */
class FakeReportService implements ReportService {

    final List<ReportDescriptor> available;
    final List<ReportRequest> requests = new CopyOnWriteArrayList<>();
    volatile Function<ReportRequest, RenderedReport> answer;

    FakeReportService(List<ReportDescriptor> available, Function<ReportRequest, RenderedReport> answer) {
        this.available = available;
        this.answer = answer;
    }

    @Override
    public List<ReportDescriptor> available(Actor actor) {
        return available;
    }

    @Override
    public RenderedReport render(Actor actor, ReportRequest request) {
        requests.add(request);
        return answer.apply(request);
    }

    @Override
    public void render(Actor actor, ReportRequest request, OutputStream target) {
        throw new UnsupportedOperationException("The page renders in memory");
    }
}
