package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportRequest;
import org.junit.jupiter.api.Test;

/** A notice-like template: Chinese text and capital numerals in a PDF set in the embedded font only. */
class DisbursementNoticeTemplateTest {

    private final byte[] pdf = SharedReports.SERVICE.render(Actors.GUANGZHOU_CLERK,
            new ReportRequest(TestDisbursementNotice.ID, OutputFormat.PDF, ReportArguments.NONE)).content();

    @Test
    void printsTheAmountInFiguresAndCapitalNumerals() throws IOException {
        String text = Pdfs.text(pdf);

        assertThat(text).contains("拨付通知书（测试）")
                .contains("企业名称：" + Enterprises.TIANHE_NAME)
                .contains("￥1,000,005.07")
                .contains("人民币壹佰万零伍元零柒分");
    }

    @Test
    void embedsEveryFontAndUsesNoOtherThanTheReportFont() throws IOException {
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            assertThat(font.getName()).contains("WenQuanYi");
        });
        assertThat(Pdfs.fonts(pdf)).extracting(PDFont::getName).noneMatch(name -> name.contains("Helvetica"));
    }
}
