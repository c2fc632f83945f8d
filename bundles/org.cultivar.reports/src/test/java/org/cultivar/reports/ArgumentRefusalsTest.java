package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cultivar.core.api.security.Actor;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.cultivar.reports.api.ReportRequest;
import org.junit.jupiter.api.Test;

/**
 * A report's refused argument reads in Chinese as well as English and names the parameter it is
 * about, so the Reports page shows it at that field in the person's language (ADR 0012).
 */
class ArgumentRefusalsTest {

    private static InvalidReportArgumentException refusal(Actor actor, String report, ReportArguments arguments) {
        return catchThrowableOfType(InvalidReportArgumentException.class,
                () -> SharedReports.SERVICE.render(actor, new ReportRequest(report, OutputFormat.PDF, arguments)));
    }

    @Test
    void aMissingRequiredArgumentIsNamedAsTheFormNamesIt() {
        InvalidReportArgumentException refused = refusal(Actors.GUANGZHOU_CLERK, DisbursementBatchList.ID, ReportArguments.NONE);

        assertThat(refused.parameter()).contains(Kind.BATCH);
        assertThat(refused.chinese()).isEqualTo("报表“拨付清单”须填写拨付批次号。");
        assertThat(refused).hasMessage("The report disbursement-batch needs a value for BATCH");
    }

    @Test
    void aBatchOrPayoutThatIsNoNumberIsRefusedAtItsField() {
        InvalidReportArgumentException batch = refusal(Actors.GUANGZHOU_CLERK, DisbursementBatchList.ID,
                ReportArguments.NONE.forBatch("七"));
        InvalidReportArgumentException payout = refusal(Actors.GUANGZHOU_CLERK, DisbursementNotice.ID,
                ReportArguments.NONE.forPayout("x1"));

        assertThat(batch.parameter()).contains(Kind.BATCH);
        assertThat(batch.chinese()).isEqualTo("拨付批次编号应为数字，而不是“七”。");
        assertThat(payout.parameter()).contains(Kind.PAYOUT);
        assertThat(payout.chinese()).isEqualTo("拨付编号应为数字，而不是“x1”。");
    }

    @Test
    void anInvertedDateRangeAndAnExtractWithoutCriteriaAreRefusedInBothLanguages() {
        InvalidReportArgumentException inverted = catchThrowableOfType(InvalidReportArgumentException.class,
                () -> ReportArguments.NONE.between(java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 3, 1)));
        InvalidReportArgumentException empty = refusal(Actors.NATIONAL_AUDITOR, AuditTrailExtract.ID, ReportArguments.NONE);

        assertThat(inverted.parameter()).contains(Kind.DATE_RANGE);
        assertThat(inverted.chinese()).isEqualTo("开始日期 2026-03-02 晚于结束日期 2026-03-01。");
        assertThat(empty.parameter()).contains(Kind.DATE_RANGE);
        assertThat(empty.chinese()).isEqualTo("审计日志摘录须给出日期范围或审计对象。");
    }

    @Test
    void anUnknownReportIsAboutNoField() {
        InvalidReportArgumentException refused = refusal(Actors.NATIONAL_AUDITOR, "no-such-report", ReportArguments.NONE);

        assertThat(refused.parameter()).isEmpty();
        assertThat(refused.chinese()).isEqualTo("没有编号为“no-such-report”的报表。");
    }
}
