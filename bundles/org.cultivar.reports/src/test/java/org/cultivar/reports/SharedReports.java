package org.cultivar.reports;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.UserNames;

/**
 * One report service over the fixtures for every test class: templates compile once per
 * service (most of a second each), so the tests share it. Nothing here changes after start.
 */
final class SharedReports {

    static final InMemoryRegistry REGISTRY = Enterprises.registry();
    static final InMemoryAuditTrail TRAIL = trail();
    /** The Guangzhou clerk is known by name; the Shenzhen clerk's account is gone. */
    static final UserNames TRAIL_NAMES = userId -> Optional.ofNullable(Map.of("gz-clerk", "李明").get(userId));
    static final Disbursements DISBURSEMENTS = new Disbursements();
    static final JasperReportService SERVICE = service();

    private SharedReports() {
    }

    private static JasperReportService service() {
        JasperReportService service = new JasperReportService();
        service.addDefinition(new AuditTrailExtract(TRAIL, TRAIL_NAMES));
        service.addDefinition(new OversightReport(REGISTRY));
        service.addDefinition(new CertificationSummary(REGISTRY));
        service.addDefinition(new TestDisbursementNotice(Enterprises.TIANHE_NAME, Money.parse("1000005.07")));
        DISBURSEMENTS.addTo(service);
        return service;
    }

    /** January 2026: Tianhe and Shenzhen entries, one platform entry, one hostile. */
    private static InMemoryAuditTrail trail() {
        InMemoryAuditTrail trail = new InMemoryAuditTrail();
        trail.add(Instant.parse("2026-01-05T01:00:00Z"), "gz-clerk", "title.granted", "enterprise",
                Enterprises.TIANHE_CODE.value(), "440106", null, "{\"tier\":\"专精特新中小企业\"}");
        trail.add(Instant.parse("2026-01-06T02:30:00Z"), "sz-clerk", "title.granted", "enterprise",
                Enterprises.SHENZHEN_CODE.value(), "440300", null, "{\"tier\":\"创新型中小企业\"}");
        trail.add(Instant.parse("2026-01-07T03:00:00Z"), "admin", "feature.installed", "feature", "guangzhou", null,
                null, "org.cultivar.feature.guangzhou");
        trail.add(Instant.parse("2026-01-20T16:30:00Z"), "gz-clerk", "enterprise.renamed", "enterprise",
                Enterprises.TIANHE_CODE.value(), "440106", "{\"name\":\"旧名称\"}", "{\"name\":\"<i>新</i>名称😀\"}");
        return trail;
    }
}
