package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportRequest;
import org.junit.jupiter.api.Test;

/** What the three reports print, who may run them, and how they treat bad data. */
class ReportContentTest {

    private static final ReportArguments JANUARY = ReportArguments.NONE.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

    private static byte[] pdf(Actor actor, String report, ReportArguments arguments) {
        return SharedReports.SERVICE.render(actor, new ReportRequest(report, OutputFormat.PDF, arguments)).content();
    }

    @Test
    void auditExtractListsTheRangeOldestFirstInShanghaiTime() throws IOException {
        String text = Pdfs.unwrapped(pdf(Actors.NATIONAL_AUDITOR, AuditTrailExtract.ID, JANUARY));

        assertThat(text).contains("审计日志摘录", "日期：2026-01-01至2026-01-31", "title.granted", "feature.installed",
                "2026-01-0509:00:00", "2026-01-2100:30:00", Enterprises.SHENZHEN_CODE.value());
        assertThat(text.indexOf("2026-01-0509:00:00")).isLessThan(text.indexOf("2026-01-0610:30:00"));
        assertThat(text).as("people by name and id, roles as the users page names them")
                .contains("李明（gz-clerk）", "经办人员", "sz-clerk").doesNotContain("CLERK");
        // 16:30Z on the 20th is 00:30 on the 21st in Shanghai, outside a range ending on the 20th
        assertThat(Pdfs.unwrapped(pdf(Actors.NATIONAL_AUDITOR, AuditTrailExtract.ID,
                ReportArguments.NONE.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 20))))).doesNotContain("enterprise.renamed");
    }

    @Test
    void auditExtractOfOneEntityShowsOnlyItsEntriesWithHtmlAsTextAndEmojiAsPlaceholder() throws IOException {
        String text = Pdfs.unwrapped(pdf(Actors.ADMINISTRATOR, AuditTrailExtract.ID,
                ReportArguments.NONE.forEntity("enterprise", Enterprises.TIANHE_CODE.value())));

        assertThat(text).contains("enterprise.renamed", "<i>新</i>名称[U+1F600]").doesNotContain("feature.installed")
                .doesNotContain(Enterprises.SHENZHEN_CODE.value());
    }

    @Test
    void aRegionalAuditorsExtractHoldsOnlyWhatTheTrailLetsThemSee() throws IOException {
        String text = Pdfs.unwrapped(pdf(Actors.GUANGZHOU_AUDITOR, AuditTrailExtract.ID, JANUARY));

        assertThat(text).contains(Enterprises.TIANHE_CODE.value()).doesNotContain(Enterprises.SHENZHEN_CODE.value());
    }

    @Test
    void anEmptyRangeGivesADocumentSayingSo() throws IOException {
        byte[] pdf = pdf(Actors.NATIONAL_AUDITOR, AuditTrailExtract.ID,
                ReportArguments.NONE.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));

        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(Pdfs.text(pdf)).contains("所选范围内没有审计记录。");
    }

    @Test
    void auditExtractNeedsARangeOrAnEntity() {
        assertThatThrownBy(() -> pdf(Actors.NATIONAL_AUDITOR, AuditTrailExtract.ID, ReportArguments.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date range or an entity");
    }

    @Test
    void oversightListsExceptionsWithJustificationAndRedFlagsOfTheRegion() throws IOException {
        String national = Pdfs.unwrapped(pdf(Actors.NATIONAL_AUDITOR, OversightReport.ID, ReportArguments.NONE));
        String guangzhou = Pdfs.unwrapped(pdf(Actors.GUANGZHOU_OFFICIAL, OversightReport.ID, ReportArguments.NONE));

        assertThat(national).contains("一、认定例外", Enterprises.TIANHE_NAME, "晋级专精特新中小企业", "研发投入因疫情延迟",
                "二、风险提示", Enterprises.SHENZHEN_NAME, "集团下属企业", "资产负债率78%");
        assertThat(guangzhou).contains(Enterprises.TIANHE_NAME, "营收增长不足").doesNotContain(Enterprises.SHENZHEN_NAME);
    }

    @Test
    void certificationSummaryShowsTitlesTransitionsAndSaysNoSubsidiesAreRecorded() throws IOException {
        String text = Pdfs.unwrapped(pdf(Actors.GUANGZHOU_CLERK, CertificationSummary.ID,
                ReportArguments.NONE.forEnterprise(Enterprises.TIANHE_CODE.value())));

        assertThat(text).contains("企业认定情况汇总", Enterprises.TIANHE_NAME, "所在地区广东省广州市天河区（440106）", "创新型中小企业", "专精特新中小企业",
                "2027-02-28", "已晋级", "有效→已晋级（晋级为专精特新）", "二、补贴拨付情况",
                CertificationSummary.NO_SUBSIDY_RECORDS);
    }

    @Test
    void badDataPrintsBlankWrappedLiteralAndVisible() throws IOException {
        String text = Pdfs.unwrapped(pdf(Actors.GUANGZHOU_CLERK, CertificationSummary.ID,
                ReportArguments.NONE.forEnterprise(Enterprises.HOSTILE_CODE.value())));

        assertThat(text).doesNotContainIgnoringCase("null")
                .contains(Enterprises.LONG_NAME + Enterprises.HTML_NAME + "笑脸[U+1F600]科技公司")
                .contains("该企业没有认定记录。");
    }

    @Test
    void theSameDataRendersTheSameDocument() throws IOException {
        ReportArguments tianhe = ReportArguments.NONE.forEnterprise(Enterprises.TIANHE_CODE.value());
        byte[] first = pdf(Actors.GUANGZHOU_CLERK, CertificationSummary.ID, tianhe);
        byte[] second = pdf(Actors.GUANGZHOU_CLERK, CertificationSummary.ID, tianhe);

        assertThat(Pdfs.text(second)).isEqualTo(Pdfs.text(first));
        assertThat(Pdfs.pages(second)).isEqualTo(Pdfs.pages(first));
    }

    @Test
    void listsTheReportsEachRoleMayRun() {
        assertThat(SharedReports.SERVICE.available(Actors.NATIONAL_AUDITOR)).extracting(ReportDescriptor::id)
                .contains(AuditTrailExtract.ID, CertificationSummary.ID, OversightReport.ID);
        assertThat(SharedReports.SERVICE.available(Actors.GUANGZHOU_OFFICIAL)).extracting(ReportDescriptor::id)
                .containsExactly(BudgetExecution.ID, CertificationSummary.ID, DisbursementBatchList.ID, DisbursementNotice.ID,
                        BatchNotices.ID, OversightReport.ID);
        assertThat(SharedReports.SERVICE.available(Actors.GUANGZHOU_CLERK)).extracting(ReportDescriptor::id)
                .containsExactly(BudgetExecution.ID, CertificationSummary.ID, DisbursementBatchList.ID, DisbursementNotice.ID,
                        BatchNotices.ID, TestDisbursementNotice.ID);
        assertThat(SharedReports.SERVICE.available(Actors.ADMINISTRATOR)).extracting(ReportDescriptor::id)
                .containsExactly(AuditTrailExtract.ID);
    }

    @Test
    void refusesWhoMayNotRunAReportAndRegionsOutsideTheScope() {
        assertThatThrownBy(() -> pdf(Actors.GUANGZHOU_CLERK, OversightReport.ID, ReportArguments.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pdf(Actors.GUANGZHOU_OFFICIAL, AuditTrailExtract.ID, JANUARY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pdf(Actors.GUANGZHOU_OFFICIAL, OversightReport.ID, ReportArguments.NONE.inRegion(Actors.SHENZHEN)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("440300")
                .satisfies(denied -> assertThat(((AccessDeniedException) denied).chinese()).contains("辖区不含地区 440300"));
    }

    @Test
    void namesWhatIsMissingOrWrong() {
        assertThatThrownBy(() -> pdf(Actors.GUANGZHOU_CLERK, CertificationSummary.ID, ReportArguments.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ENTERPRISE");
        assertThatThrownBy(() -> pdf(Actors.GUANGZHOU_CLERK, CertificationSummary.ID, ReportArguments.NONE.forEnterprise("91440106MA5CQ12340")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("check character");
        assertThatThrownBy(() -> pdf(Actors.GUANGZHOU_CLERK, "no-such-report", ReportArguments.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-report");
        assertThatThrownBy(() -> ReportArguments.NONE.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the end");
    }
}
