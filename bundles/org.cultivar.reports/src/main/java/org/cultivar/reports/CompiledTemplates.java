package org.cultivar.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cultivar.reports.api.ReportException;
import org.cultivar.reports.api.TemplateContribution;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Templates compiled from their JRXML sources once, at first use, then kept: compiling takes
 * most of a second, filling a compiled template a few milliseconds. A contributed template is
 * forgotten when its service goes away.
 */
final class CompiledTemplates {

    private final JasperReportsContext context;
    private final Map<Object, JasperReport> compiled = new ConcurrentHashMap<>();

    CompiledTemplates(JasperReportsContext context) {
        this.context = context;
    }

    JasperReport of(String reportId, Optional<TemplateContribution> contribution) {
        Object key = contribution.<Object>map(c -> c).orElse(reportId);
        return compiled.computeIfAbsent(key, k -> compile(reportId, contribution));
    }

    void forget(TemplateContribution contribution) {
        compiled.remove(contribution);
    }

    private JasperReport compile(String reportId, Optional<TemplateContribution> contribution) {
        String source = contribution.map(c -> "the template for " + c.region() + " contributed for " + reportId)
                .orElse("reports/" + reportId + ".jrxml");
        try {
            return OwnClassLoader.around(() -> {
                try (InputStream jrxml = open(reportId, contribution)) {
                    return JasperCompileManager.getInstance(context).compile(JRXmlLoader.load(context, jrxml));
                }
            });
        } catch (Exception e) {
            throw new ReportException("Could not compile " + source + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String reportId, Optional<TemplateContribution> contribution) throws IOException {
        if (contribution.isPresent()) {
            return contribution.get().openTemplate();
        }
        InputStream bundled = CompiledTemplates.class.getClassLoader().getResourceAsStream("reports/" + reportId + ".jrxml");
        if (bundled == null) {
            throw new IOException("reports/" + reportId + ".jrxml is missing from the reports bundle");
        }
        return bundled;
    }
}
