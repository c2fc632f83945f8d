package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.reports.api.ReportRequest;
import org.cultivar.reports.api.TemplateContribution;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.junit.jupiter.api.Test;

/** The disbursement notice of one payout, and all notices of a batch in one PDF. */
class DisbursementNoticeTest {

    private static byte[] notice(Actor actor, long payoutId) {
        return SharedReports.SERVICE.render(actor, new ReportRequest(DisbursementNotice.ID, OutputFormat.PDF,
                ReportArguments.NONE.forPayout(Long.toString(payoutId)))).content();
    }

    private static byte[] batchNotices(long batchId) {
        return SharedReports.SERVICE.render(Actors.GUANGZHOU_CLERK, new ReportRequest(BatchNotices.ID, OutputFormat.PDF,
                ReportArguments.NONE.forBatch(Long.toString(batchId)))).content();
    }

    @Test
    void printsEnterpriseScheduleCalculationAmountInWordsAndTheApprovalChain() throws IOException {
        // times in Shanghai; fields are separated by ideographic spaces, which survive unwrapping
        String text = Pdfs.unwrapped(notice(Actors.GUANGZHOU_CLERK, Disbursements.TIANHE_PAYOUT));

        assertThat(text).contains("拨付通知书", "签发地区：广东省广州市（440100）", "〔2026〕拨字第00000101号",
                Enterprises.TIANHE_NAME, Enterprises.TIANHE_CODE.value(), Disbursements.CULTIVATION_NAME,
                Disbursements.LEGAL_BASIS.replace(" ", ""), "2026年度，第1期（共2期）",
                "1.基数5,000,025.35元（计5,000,025.35元）", "2.按20%计1000005.07元（计1,000,005.07元）", "3.上限3,000,000.00元（计1,000,005.07元）",
                "核定补贴总额：1,500,005.07元", "￥1,000,005.07", "人民币壹佰万零伍元零柒分",
                "录入：gz-clerk-li　2026-03-0209:15:00", "复核：王芳（gz-clerk-wang）　退回　2026-03-0310:00:00",
                "复核：王芳（gz-clerk-wang）　同意　2026-03-0514:30:00", "审批：赵强（gz-official-zhao）　同意　2026-03-0916:00:00");
        assertThat(text).doesNotContain("null");
    }

    /** The scheme NoticeNumbers documents, implemented again here from its description. */
    @Test
    void theVerificationCodeIsTheDocumentedDigestOfPayoutAmountAndDecisions() throws Exception {
        StringBuilder input = new StringBuilder("payout:101\namount:1000005.07\n");
        for (ApprovalDecision d : Disbursements.TIANHE_DECISIONS) {
            input.append("decision:").append(d.step()).append('|').append(d.actorId()).append('|').append(d.verdict())
                    .append('|').append(d.decidedAt()).append('\n');
        }
        String hex = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        String expected = hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12);

        assertThat(Pdfs.unwrapped(notice(Actors.GUANGZHOU_AUDITOR, Disbursements.TIANHE_PAYOUT))).contains("校验码：" + expected);
    }

    @Test
    void hostileNamesWrapWholeHtmlStaysTextEmojiShowsAsPlaceholderAndWholeAmountsEndInZheng() throws IOException {
        byte[] pdf = notice(Actors.GUANGZHOU_OFFICIAL, Disbursements.HOSTILE_PAYOUT);
        String text = Pdfs.unwrapped(pdf);

        assertThat(text).contains(Enterprises.LONG_NAME + Enterprises.HTML_NAME.replace(" ", "") + "笑脸[U+1F600]科技公司",
                "人民币贰佰万元整", "￥2,000,000.00");
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    }

    @Test
    void aScheduleThatIsNotRunningPrintsItsIdAndABlankLegalBasis() throws IOException {
        String text = Pdfs.text(notice(Actors.GUANGZHOU_CLERK, Disbursements.RENT_PAYOUT));

        assertThat(text).contains(Disbursements.RENT, "人民币叁万陆仟元伍角").doesNotContain("null");
    }

    @Test
    void theSameDataRendersTheSameContentTwice() throws IOException {
        assertThat(Pdfs.text(notice(Actors.GUANGZHOU_CLERK, Disbursements.TIANHE_PAYOUT)))
                .isEqualTo(Pdfs.text(notice(Actors.GUANGZHOU_CLERK, Disbursements.TIANHE_PAYOUT)));
        assertThat(Pdfs.text(batchNotices(Disbursements.BATCH))).isEqualTo(Pdfs.text(batchNotices(Disbursements.BATCH)));
    }

    @Test
    void anotherRegionsPayoutIsNotFoundAndAdministratorsPrintNoNotices() {
        Actor shenzhenClerk = Actors.actor("sz-clerk", org.cultivar.core.api.security.Role.CLERK, Actors.SHENZHEN);

        assertThatThrownBy(() -> notice(shenzhenClerk, Disbursements.TIANHE_PAYOUT))
                .isInstanceOfSatisfying(InvalidReportArgumentException.class, refused -> {
                    assertThat(refused).hasMessageContaining("no payout 101");
                    assertThat(refused.chinese()).isEqualTo("本辖区没有编号为 101 的拨付。");
                    assertThat(refused.parameter()).contains(ReportParameter.Kind.PAYOUT);
                });
        assertThatThrownBy(() -> notice(Actors.ADMINISTRATOR, Disbursements.TIANHE_PAYOUT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SharedReports.SERVICE.render(Actors.GUANGZHOU_CLERK, new ReportRequest(DisbursementNotice.ID,
                OutputFormat.PDF, ReportArguments.NONE.forEntity("enterprise", "101")))).hasMessageContaining("for a payout");
    }

    @Test
    void aBatchsNoticesComeInOnePdfOnePerPage() throws IOException {
        byte[] pdf = batchNotices(Disbursements.BATCH);
        String text = Pdfs.unwrapped(pdf);

        assertThat(Pdfs.pages(pdf)).isEqualTo(3);
        assertThat(text).contains("〔2026〕拨字第00000101号", "〔2026〕拨字第00000102号", "〔2026〕拨字第00000103号",
                "人民币壹佰万零伍元零柒分", "人民币贰佰万元整", Enterprises.TIANHE_NAME);
    }

    @Test
    void anEmptyBatchGivesADocumentSayingThereAreNoPayouts() throws IOException {
        byte[] pdf = batchNotices(Disbursements.EMPTY_BATCH);

        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(Pdfs.unwrapped(pdf)).contains("批次8没有拨付记录，无拨付通知书。");
    }

    @Test
    void aRegionalTemplateReplacesTheLetterheadForNoticesIssuedInItsRegion() throws IOException {
        JasperReportService service = new JasperReportService();
        new Disbursements().addTo(service);
        service.addContribution(letterhead(Actors.GUANGZHOU, "广州市工业和信息化局"));

        String guangzhou = Pdfs.unwrapped(service.render(Actors.NATIONAL_AUDITOR, new ReportRequest(DisbursementNotice.ID,
                OutputFormat.PDF, ReportArguments.NONE.forEntity("payout", "101"))).content());
        String shenzhen = Pdfs.unwrapped(service.render(Actors.NATIONAL_AUDITOR, new ReportRequest(DisbursementNotice.ID,
                OutputFormat.PDF, ReportArguments.NONE.forEntity("payout", "201"))).content());
        String batch = Pdfs.unwrapped(service.render(Actors.GUANGZHOU_CLERK, new ReportRequest(BatchNotices.ID,
                OutputFormat.PDF, ReportArguments.NONE.forBatch("7"))).content());

        assertThat(guangzhou).contains("广州市工业和信息化局").doesNotContain("中小企业发展专项资金");
        assertThat(shenzhen).contains("中小企业发展专项资金", Enterprises.SHENZHEN_NAME).doesNotContain("广州市工业和信息化局");
        assertThat(batch).contains("广州市工业和信息化局");
    }

    /** The default template with another letterhead: the same fields and parameters, as a contribution must keep them. */
    private static TemplateContribution letterhead(RegionCode region, String authority) throws IOException {
        String jrxml;
        try (InputStream bundled = DisbursementNoticeTest.class.getClassLoader().getResourceAsStream("reports/disbursement-notice.jrxml")) {
            jrxml = new String(bundled.readAllBytes(), StandardCharsets.UTF_8).replace("中小企业发展专项资金", authority);
        }
        return new TemplateContribution() {
            @Override
            public String reportId() {
                return DisbursementNotice.ID;
            }

            @Override
            public RegionCode region() {
                return region;
            }

            @Override
            public InputStream openTemplate() {
                return new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
