package org.cultivar.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.RenderedReport;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportException;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportRequest;
import org.cultivar.reports.api.ReportService;
import org.cultivar.reports.api.TemplateContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The report service: every {@link ReportDefinition} component in the framework is a report
 * (each appears when the services it reads are there), every {@link TemplateContribution}
 * may replace a template. Checks role, region and arguments before any data is read.
 */
@Component(service = ReportService.class)
public class JasperReportService implements ReportService {

    private final List<ReportDefinition> definitions = new CopyOnWriteArrayList<>();
    private final List<TemplateContribution> contributions = new CopyOnWriteArrayList<>();
    private final JasperRendering rendering = new JasperRendering();
    private final CompiledTemplates templates = new CompiledTemplates(rendering.context());
    private volatile DrawableText drawable;

    /** Public for the benchmark, which assembles the service without a framework. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addDefinition(ReportDefinition definition) {
        definitions.add(definition);
    }

    void removeDefinition(ReportDefinition definition) {
        definitions.remove(definition);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(TemplateContribution contribution) {
        contributions.add(contribution);
    }

    void removeContribution(TemplateContribution contribution) {
        contributions.remove(contribution);
        templates.forget(contribution);
    }

    @Override
    public List<ReportDescriptor> available(Actor actor) {
        return definitions.stream()
                .filter(d -> mayRun(actor, d))
                .map(ReportDefinition::descriptor)
                .sorted(Comparator.comparing(ReportDescriptor::id))
                .toList();
    }

    @Override
    public RenderedReport render(Actor actor, ReportRequest request) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try {
            render(actor, request, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return new RenderedReport(FileNames.of(request), request.format(), content.toByteArray());
    }

    @Override
    public void render(Actor actor, ReportRequest request, OutputStream target) throws IOException {
        ReportDefinition definition = definitions.stream()
                .filter(d -> d.descriptor().id().equals(request.reportId()))
                .findFirst()
                .orElseThrow(() -> new InvalidReportArgumentException(null, "没有编号为“" + request.reportId() + "”的报表。",
                        "There is no report \"" + request.reportId() + "\""));
        if (!mayRun(actor, definition)) {
            String user = actor == null ? "nobody" : actor.userId();
            throw new AccessDeniedException("用户 " + user + " 无权出具报表 " + request.reportId() + "。",
                    "User " + user + " may not run the report " + request.reportId());
        }
        checkArguments(actor, definition.descriptor(), request);
        ReportData data = definition.collect(actor, request.arguments());
        if (request.format() == OutputFormat.CSV) {
            SafeCsv.write(data, target);
            return;
        }
        String templateId = definition.templateId();
        Optional<TemplateContribution> contribution = TemplateChoice.mostSpecific(contributions, templateId,
                issuedIn(actor, request, data));
        JasperReport template = templates.of(templateId, contribution);
        try {
            ReportData printable = drawable().of(request.reportId(), withTitle(data, definition.descriptor()));
            boolean pdf = request.format() == OutputFormat.PDF;
            JasperPrint print = rendering.fill(template, printable, pdf);
            if (pdf) {
                rendering.pdf(print, definition.descriptor().chineseTitle(), target);
            } else {
                rendering.xlsx(print, definition.descriptor().chineseTitle(), target);
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ReportException("Could not render the report " + request.reportId() + ": " + e.getMessage(), e);
        }
    }

    /** The data's own issuing region first (a notice follows its award), then the region asked for, then the actor's. */
    private static RegionCode issuedIn(Actor actor, ReportRequest request, ReportData data) {
        if (data.parameters().get(ReportData.ISSUED_IN) instanceof String code) {
            return RegionCode.of(code);
        }
        return request.arguments().region() != null ? request.arguments().region() : actor.scope();
    }

    private static boolean mayRun(Actor actor, ReportDefinition definition) {
        return actor != null && definition.runBy().stream().anyMatch(actor::has);
    }

    private static void checkArguments(Actor actor, ReportDescriptor descriptor, ReportRequest request) {
        for (ReportParameter parameter : descriptor.parameters()) {
            if (parameter.required() && !request.arguments().has(parameter.kind())) {
                throw new InvalidReportArgumentException(parameter.kind(), "报表“" + descriptor.chineseTitle() + "”须填写"
                        + Labels.parameter(parameter.kind()) + "。", "The report " + descriptor.id() + " needs a value for " + parameter.kind());
            }
        }
        RegionCode region = request.arguments().region();
        if (region != null && (actor.scope() == null || !actor.scope().covers(region))) {
            throw new AccessDeniedException("用户 " + actor.userId() + " 的辖区不含地区 " + region + "，不能出具该地区的报表。",
                    "User " + actor.userId() + " may not report on region " + region);
        }
    }

    private static ReportData withTitle(ReportData data, ReportDescriptor descriptor) {
        Map<String, Object> parameters = new HashMap<>(data.parameters());
        parameters.put("title", descriptor.chineseTitle());
        return new ReportData(parameters, data.columns(), data.rows());
    }

    /** Loaded on first use: AWT reading the 11 MB font is part of the first report's cost, not of start-up. */
    private DrawableText drawable() throws Exception {
        DrawableText current = drawable;
        if (current == null) {
            current = new DrawableText(rendering.font());
            drawable = current;
        }
        return current;
    }
}
