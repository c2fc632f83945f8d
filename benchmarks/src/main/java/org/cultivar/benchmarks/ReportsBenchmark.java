package org.cultivar.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.reports.BatchNotices;
import org.cultivar.reports.DisbursementBatchList;
import org.cultivar.reports.DisbursementNotice;
import org.cultivar.reports.JasperReportService;
import org.cultivar.reports.ReportData;
import org.cultivar.reports.Schedules;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportRequest;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.AwardCalculation;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.CalculationStep;
import org.cultivar.subsidy.api.Eligibility;
import org.cultivar.subsidy.api.InstalmentPlan;
import org.cultivar.subsidy.api.RegistryFacts;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.Tranche;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.BulkDecision;
import org.cultivar.subsidy.api.process.Award;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.DisbursementBatch;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.cultivar.subsidy.api.rules.FixedAmount;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Disbursement documents (docs/performance.md): a 10,000-line batch list to PDF through the
 * report service against the same JRXML filled and exported by bare JasperReports with the same
 * rows and the same PDF/A-2b settings, in the same run (the ratio is Cultivar's own overhead:
 * reading the process services, the placeholder scan, the CIDSet clean-up); the time per single
 * notice; 1,000 notices merged into one PDF. The process services are in-memory fakes, so the
 * figures are the reports bundle's cost, not the database's.
 */
final class ReportsBenchmark {

    private static final int LINES = 10_000;
    private static final int MERGED = 1_000;
    private static final int RUNS = 5;
    private static final int NOTICES = 30;
    private static final long BIG_BATCH = 1;
    private static final long NOTICE_BATCH = 2;
    private static final String SCHEDULE = "guangzhou.cultivation";
    private static final RegionCode GUANGZHOU = RegionCode.of("440100");
    private static final Actor CLERK = new Actor("bench-clerk", "Benchmark clerk", Set.of(Role.CLERK), GUANGZHOU);

    private final FakeEngine engine = new FakeEngine();
    private final JasperReportService service = new JasperReportService();
    private final DisbursementBatchList batchList;

    ReportsBenchmark() {
        Schedules schedules = new Schedules();
        schedules.addSchedule(() -> ScheduleDefinition.builder(SCHEDULE, GUANGZHOU)
                .name("广州市专精特新中小企业培育奖励", "Guangzhou cultivation award")
                .legalBasis("《广州市促进中小企业专精特新发展实施办法》", "Guangzhou measures")
                .amount(new FixedAmount(Money.parse("1.00"))).build());
        batchList = new DisbursementBatchList(engine, engine, engine, schedules);
        service.addDefinition(batchList);
        service.addDefinition(new DisbursementNotice(engine, engine, engine, engine, schedules, userId -> java.util.Optional.empty()));
        service.addDefinition(new BatchNotices(engine, engine, engine, engine, engine, schedules, userId -> java.util.Optional.empty()));
        engine.fill(BIG_BATCH, LINES, 1);
        engine.fill(NOTICE_BATCH, MERGED, LINES + 1);
    }

    void run() throws Exception {
        System.out.printf("machine: %s%n", Machine.describe());
        ReportRequest list = new ReportRequest(DisbursementBatchList.ID, OutputFormat.PDF,
                ReportArguments.NONE.forBatch(Long.toString(BIG_BATCH)));
        JasperReport bareTemplate = compile("reports/disbursement-batch.jrxml");
        ReportData rows = batchList.collect(CLERK, list.arguments());
        render(list); // first use: template compilation and font loading are not what is measured
        bare(bareTemplate, rows);

        List<Double> cultivar = new ArrayList<>();
        List<Double> jasper = new ArrayList<>();
        int pages = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            byte[] pdf = render(list);
            cultivar.add(seconds(start));
            start = System.nanoTime();
            bare(bareTemplate, rows);
            jasper.add(seconds(start));
            pages = pages(pdf);
        }
        System.out.printf("batch list, %d lines to PDF/A (%d pages): Cultivar %.2f s %s, bare JasperReports %.2f s %s, ratio %.2f%n",
                LINES, pages, median(cultivar), rounded(cultivar), median(jasper), rounded(jasper), median(cultivar) / median(jasper));

        List<Double> notices = new ArrayList<>();
        for (int i = 0; i < NOTICES + 3; i++) {
            ReportRequest notice = new ReportRequest(DisbursementNotice.ID, OutputFormat.PDF,
                    ReportArguments.NONE.forEntity("payout", Long.toString(LINES + 1 + i)));
            long start = System.nanoTime();
            render(notice);
            if (i >= 3) { // the first ones compile the template
                notices.add(seconds(start) * 1000);
            }
        }
        System.out.printf("single notice to PDF/A: median %.1f ms over %d notices%n", median(notices), notices.size());

        ReportRequest merged = new ReportRequest(BatchNotices.ID, OutputFormat.PDF,
                ReportArguments.NONE.forBatch(Long.toString(NOTICE_BATCH)));
        long start = System.nanoTime();
        byte[] pdf = render(merged);
        double mergedSeconds = seconds(start);
        System.out.printf("%d notices merged into one PDF/A: %.2f s (%.1f ms per notice), %d pages, %.1f MB%n",
                MERGED, mergedSeconds, mergedSeconds * 1000 / MERGED, pages(pdf), pdf.length / 1e6);
    }

    private byte[] render(ReportRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.render(CLERK, request, out);
        return out.toByteArray();
    }

    private static JasperReport compile(String resource) throws Exception {
        try (InputStream jrxml = ReportsBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            return JasperCompileManager.compileReport(JRXmlLoader.load(jrxml));
        }
    }

    /** What an application using JasperReports directly would do: fill, export with the same PDF/A-2b settings. */
    private static void bare(JasperReport template, ReportData data) throws Exception {
        Map<String, Object> parameters = new HashMap<>(data.parameters());
        parameters.put("title", "拨付清单");
        parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("Asia/Shanghai"));
        JasperPrint print = JasperFillManager.fillReport(template, parameters,
                new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(data.rows())));
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(OutputStream.nullOutputStream()));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setIccProfilePath("icc/sRGB.icc");
        configuration.setMetadataTitle("拨付清单");
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }

    /** The payout engine's read side over generated payouts: one award, application and payout per line. */
    private static final class FakeEngine implements Payouts, Awards, Applications, Approvals, DisbursementBatches {

        private final Map<Long, Payout> payouts = new TreeMap<>();
        private final Map<Long, Award> awards = new HashMap<>();
        private final Map<Long, Application> applications = new HashMap<>();
        private final Map<Long, DisbursementBatch> batches = new HashMap<>();

        void fill(long batchId, int count, long firstId) {
            Money total = Money.ZERO;
            for (long id = firstId; id < firstId + count; id++) {
                Money amount = Money.ofFen(10_000_000 + id * 7);
                CreditCode code = CreditCode.parse(creditCode(id));
                Enterprise enterprise = new Enterprise(code, "广州第" + id + "号精密智造有限公司", null, GUANGZHOU, null, null, false);
                List<ApprovalDecision> decisions = List.of(
                        new ApprovalDecision("review", "clerk-b", ApprovalDecision.Verdict.APPROVE, null, Instant.parse("2026-03-05T06:30:00Z")),
                        new ApprovalDecision("approve", "official-c", ApprovalDecision.Verdict.APPROVE, null, Instant.parse("2026-03-09T08:00:00Z")));
                Assessment assessment = new Assessment(SCHEDULE, new ScheduleConfiguration(new TreeMap<>()),
                        ApplicationInput.withoutFields(code, LocalDate.of(2026, 3, 2)), new RegistryFacts(enterprise, List.of(), List.of()),
                        new Eligibility(List.of()), Optional.of(new AwardCalculation(amount, List.of(
                                new CalculationStep("fixed", amount.yuan(), amount.yuan(), BilingualText.of("定额 " + amount, "Fixed " + amount))),
                                new InstalmentPlan(List.of(new Tranche(1, amount, 2026, false))))));
                applications.put(id, new Application(id, 3, SCHEDULE, GUANGZHOU, code, Application.Status.APPROVED, assessment,
                        "clerk-a", Instant.parse("2026-03-02T01:15:00Z"), Set.of(), decisions));
                awards.put(id, new Award(id, 1, id, SCHEDULE, GUANGZHOU, code, amount, assessment, Award.Status.ACTIVE,
                        LocalDate.of(2026, 3, 10), "official-c"));
                payouts.put(id, new Payout(id, 1, id, SCHEDULE, code, 1, amount, 2026, false, Payout.Status.SENT, null, batchId));
                total = total.plus(amount);
            }
            batches.put(batchId, new DisbursementBatch(batchId, SCHEDULE, DisbursementBatch.Status.SENT, count, count, total,
                    "clerk-a", Instant.parse("2026-04-01T02:00:00Z")));
        }

        /** A valid unified social credit code per id: the check character found by trying each. */
        private static String creditCode(long id) {
            String first17 = String.format(Locale.ROOT, "91440106MA%07d", id);
            for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
                if (CreditCode.isValid(first17 + check)) {
                    return first17 + check;
                }
            }
            throw new IllegalStateException(first17 + " has no check character");
        }

        @Override
        public Optional<Payout> payout(Actor actor, long payoutId) {
            return Optional.ofNullable(payouts.get(payoutId));
        }

        @Override
        public List<Payout> ofAward(Actor actor, long awardId) {
            return payouts.values().stream().filter(p -> p.awardId() == awardId).toList();
        }

        @Override
        public List<Payout> worklist(Actor actor, Payout.Status status, int offset, int limit) {
            return payouts.values().stream().filter(p -> p.status() == status).skip(offset).limit(limit).toList();
        }

        @Override
        public Optional<Award> award(Actor actor, long awardId) {
            return Optional.ofNullable(awards.get(awardId));
        }

        @Override
        public Optional<Application> application(Actor actor, long applicationId) {
            return Optional.ofNullable(applications.get(applicationId));
        }

        @Override
        public ApprovalChain chain(Actor actor, String scheduleId) {
            return ApprovalChain.DEFAULT;
        }

        @Override
        public Optional<DisbursementBatch> batch(Actor actor, long batchId) {
            return Optional.ofNullable(batches.get(batchId));
        }

        // nothing below is read by a report

        @Override
        public List<Award> ofEnterprise(Actor actor, CreditCode enterprise) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Award cancel(Actor actor, long awardId, long expectedVersion, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Payout recordReview(Actor actor, long payoutId, long expectedVersion, boolean passed, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Payout requeue(Actor actor, long payoutId, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Assessment preview(Actor actor, String scheduleId, ApplicationInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Application record(Actor actor, String scheduleId, ApplicationInput input, Set<String> documentsReceived) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Application correct(Actor actor, long applicationId, long expectedVersion, ApplicationInput input,
                                   Set<String> documentsReceived) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Application withdraw(Actor actor, long applicationId, long expectedVersion, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Application> worklist(Actor actor, Application.Status status, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Application decide(Actor actor, long applicationId, long expectedVersion, ApprovalDecision.Verdict verdict,
                                  String comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BulkDecision decideAll(Actor actor, List<BulkDecision.Selected> selections, ApprovalDecision.Verdict verdict,
                                      String comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DisbursementBatch create(Actor actor, String scheduleId, List<Long> payoutIds, String requestKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DisbursementBatch resume(Actor actor, long batchId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DisbursementBatch> batches(Actor actor, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PaymentFile paymentFile(Actor actor, long batchId, PaymentFile.Format format) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConfirmationPreview previewConfirmation(Actor actor, String fileName, InputStream content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConfirmationPreview applyConfirmation(Actor actor, String previewId) {
            throw new UnsupportedOperationException();
        }
    }
}
