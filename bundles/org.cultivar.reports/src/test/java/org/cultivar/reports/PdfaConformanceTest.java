package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.cultivar.core.api.security.Actor;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every report as PDF/A-2b, checked by veraPDF (the reference validator, its own parser, no
 * network) and, independently, for the parts PDFBox can see: the sRGB output intent and the
 * XMP identification. Hostile data (emoji, HTML, very long names) is part of the fixtures.
 * The documents are also written to target/reports for a look with pdffonts or a viewer.
 */
class PdfaConformanceTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> documents() {
        LocalDates dates = new LocalDates();
        return Stream.of(
                Arguments.of(TestDisbursementNotice.ID, Actors.GUANGZHOU_CLERK, ReportArguments.NONE),
                Arguments.of(AuditTrailExtract.ID, Actors.NATIONAL_AUDITOR, ReportArguments.NONE.between(dates.january1, dates.january31)),
                Arguments.of(AuditTrailExtract.ID, Actors.NATIONAL_AUDITOR, ReportArguments.NONE.between(dates.march1, dates.march31)),
                Arguments.of(OversightReport.ID, Actors.NATIONAL_AUDITOR, ReportArguments.NONE),
                Arguments.of(CertificationSummary.ID, Actors.GUANGZHOU_CLERK, ReportArguments.NONE.forEnterprise(Enterprises.TIANHE_CODE.value())),
                Arguments.of(CertificationSummary.ID, Actors.GUANGZHOU_CLERK, ReportArguments.NONE.forEnterprise(Enterprises.HOSTILE_CODE.value())),
                Arguments.of(DisbursementNotice.ID, Actors.GUANGZHOU_CLERK, ReportArguments.NONE.forEntity("payout", "101")),
                Arguments.of(DisbursementNotice.ID, Actors.GUANGZHOU_CLERK, ReportArguments.NONE.forEntity("payout", "102")),
                Arguments.of(BatchNotices.ID, Actors.GUANGZHOU_CLERK, ReportArguments.NONE.forBatch("7")),
                Arguments.of(BatchNotices.ID, Actors.GUANGZHOU_CLERK, ReportArguments.NONE.forBatch("8")),
                Arguments.of(DisbursementBatchList.ID, Actors.GUANGZHOU_CLERK, ReportArguments.NONE.forBatch("7")),
                Arguments.of(BudgetExecution.ID, Actors.GUANGZHOU_OFFICIAL, ReportArguments.NONE.forFiscalYear(2026)));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("documents")
    void conformsToPdfA2b(String report, Actor actor, ReportArguments arguments) throws Exception {
        byte[] pdf = SharedReports.SERVICE.render(actor, new ReportRequest(report, OutputFormat.PDF, arguments)).content();
        keep(report + "-" + arguments.hashCode(), pdf);

        ValidationResult result = veraPdf(pdf);

        assertThat(failures(result)).isEmpty();
        assertThat(result.isCompliant()).isTrue();
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("documents")
    void carriesAnSrgbOutputIntentAndPdfaIdentification(String report, Actor actor, ReportArguments arguments) throws IOException {
        byte[] pdf = SharedReports.SERVICE.render(actor, new ReportRequest(report, OutputFormat.PDF, arguments)).content();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getDestOutputIntent()).isNotNull();
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")B");
        }
        assertThat(Pdfs.fonts(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
    }

    private static ValidationResult veraPdf(byte[] pdf) throws IOException, ValidationException {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        } catch (Exception e) {
            throw new ValidationException("veraPDF could not validate", e);
        }
    }

    private static List<String> failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct()
                .toList();
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Path folder = Path.of("target", "reports");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".pdf"), pdf);
    }

    /** The fixture's months. */
    static final class LocalDates {
        final java.time.LocalDate january1 = java.time.LocalDate.of(2026, 1, 1);
        final java.time.LocalDate january31 = java.time.LocalDate.of(2026, 1, 31);
        final java.time.LocalDate march1 = java.time.LocalDate.of(2026, 3, 1);
        final java.time.LocalDate march31 = java.time.LocalDate.of(2026, 3, 31);
    }
}
