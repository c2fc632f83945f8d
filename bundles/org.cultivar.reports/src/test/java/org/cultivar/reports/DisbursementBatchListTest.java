package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cultivar.core.api.money.Money;
import org.cultivar.reports.api.CapitalNumerals;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportRequest;
import org.cultivar.subsidy.api.process.PaymentFile;
import org.junit.jupiter.api.Test;

/** The batch list (拨付清单) and budget execution: totals that add up, in every format. */
class DisbursementBatchListTest {

    private static final Money GRAND_TOTAL = Disbursements.TIANHE_FIRST.plus(Disbursements.HOSTILE_AMOUNT).plus(Disbursements.RENT_AMOUNT);

    private static byte[] render(String report, OutputFormat format, ReportArguments arguments) {
        return SharedReports.SERVICE.render(Actors.GUANGZHOU_CLERK, new ReportRequest(report, format, arguments)).content();
    }

    private static byte[] batchList(OutputFormat format, long batchId) {
        return render(DisbursementBatchList.ID, format, ReportArguments.NONE.forBatch(Long.toString(batchId)));
    }

    /** The control sum of the payment file the test double writes for the batch, summed from its lines. */
    private static Money paymentFileControlSum() {
        PaymentFile file = SharedReports.DISBURSEMENTS.engine.paymentFile(Actors.GUANGZHOU_CLERK, Disbursements.BATCH, PaymentFile.Format.CSV);
        return new String(file.content(), StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> Money.parse(line.substring(line.lastIndexOf(',') + 1)))
                .reduce(Money.ZERO, Money::plus);
    }

    @Test
    void listsEveryPayoutWithSubtotalsPerScheduleAndAGrandTotalEqualToThePaymentFile() throws IOException {
        String text = Pdfs.unwrapped(batchList(OutputFormat.PDF, Disbursements.BATCH));

        assertThat(paymentFileControlSum()).isEqualTo(GRAND_TOTAL);
        assertThat(text).contains("拨付清单", Enterprises.TIANHE_NAME, "1,000,005.07", "2,000,000.00", "36,000.50",
                "小计（" + Disbursements.CULTIVATION_NAME + "，2笔）3,000,005.07",
                "小计（" + Disbursements.RENT + "，1笔）36,000.50",
                "合计（3笔）3,036,005.57", "合计金额（大写）：人民币" + CapitalNumerals.of(GRAND_TOTAL),
                "批次记录合计（付款文件控制总额）：3,036,005.57元");
        assertThat(text).doesNotContain("不符").doesNotContain(Enterprises.SHENZHEN_NAME);
    }

    @Test
    void xlsxHoldsNumericAmountsThatSumToTheGrandTotal() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(batchList(OutputFormat.XLSX, Disbursements.BATCH)))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("拨付清单");
            workbook.getSheetAt(0).forEach(rows::add);
        }
        Row header = rows.stream().filter(row -> text(row).contains("金额（元）")).findFirst().orElseThrow();
        int lineColumn = column(header, "序号");
        int amountColumn = column(header, "金额（元）");
        // payout lines are those numbered in the first column; a spreadsheet keeps numbers as doubles,
        // so each is read back as a decimal and the sum taken exactly
        List<BigDecimal> amounts = rows.stream()
                .filter(row -> row.getCell(lineColumn) != null && row.getCell(lineColumn).getCellType() == CellType.NUMERIC)
                .map(row -> decimal(row.getCell(amountColumn)))
                .toList();
        Row total = rows.stream().filter(row -> text(row).contains("合计（3 笔）")).findFirst().orElseThrow();

        assertThat(amounts).hasSize(3);
        assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(GRAND_TOTAL.yuan());
        assertThat(total).filteredOn(cell -> cell.getCellType() == CellType.NUMERIC).singleElement()
                .satisfies(cell -> assertThat(decimal(cell)).isEqualByComparingTo(GRAND_TOTAL.yuan()));
        assertThat(rows.stream().map(DisbursementBatchListTest::text)).anyMatch(t -> t.contains(Enterprises.TIANHE_NAME))
                .anyMatch(t -> t.contains("补贴项目：" + Disbursements.CULTIVATION_NAME));
    }

    private static String text(Row row) {
        StringBuilder text = new StringBuilder();
        row.forEach(cell -> text.append(cell).append('|'));
        return text.toString();
    }

    private static int column(Row header, String heading) {
        for (Cell cell : header) {
            if (heading.equals(cell.toString())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + heading);
    }

    private static BigDecimal decimal(Cell cell) {
        return new BigDecimal(Double.toString(cell.getNumericCellValue()));
    }

    @Test
    void csvCarriesEveryPayoutWithItsExactAmount() {
        String csv = new String(batchList(OutputFormat.CSV, Disbursements.BATCH), StandardCharsets.UTF_8);

        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF序号,补贴项目,拨付编号,企业名称,统一社会信用代码,期次,年度,状态,金额（元）");
        assertThat(csv).contains("1000005.07", "2000000.00", "36000.50").hasLineCount(4);
    }

    @Test
    void anEmptyBatchGivesADocumentSayingSo() throws IOException {
        byte[] pdf = batchList(OutputFormat.PDF, Disbursements.EMPTY_BATCH);

        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(Pdfs.unwrapped(pdf)).contains("本批次没有拨付记录。", "合计（0笔）0.00", "人民币零元整");
    }

    @Test
    void budgetExecutionShowsEveryPositionOfTheRegionWithTotals() throws IOException {
        String text = Pdfs.unwrapped(render(BudgetExecution.ID, OutputFormat.PDF, ReportArguments.NONE.forFiscalYear(2026)));

        // available = appropriation − committed − disbursed + recovered: 50,000,000 − 2,000,000 − 3,000,005.07 + 120,000.35
        assertThat(text).contains("预算执行情况", Disbursements.CULTIVATION_NAME, "广州市", "50,000,000.00", "2,000,000.00", "3,000,005.07",
                "45,119,995.28", "120,000.35", Disbursements.RENT, "800,000.00", "763,999.50",
                "合计（2个项目）50,800,000.002,000,000.003,036,005.5745,883,994.78120,000.35");
        assertThat(text).doesNotContain("shenzhen");
    }

    @Test
    void budgetExecutionNarrowsToAScheduleAndSaysSoWhenNothingIsLeft() throws IOException {
        String rent = Pdfs.unwrapped(render(BudgetExecution.ID, OutputFormat.PDF,
                ReportArguments.NONE.forFiscalYear(2026).forSchedule(Disbursements.RENT)));
        String tianheOnly = Pdfs.unwrapped(render(BudgetExecution.ID, OutputFormat.PDF,
                ReportArguments.NONE.forFiscalYear(2026).inRegion(Actors.TIANHE)));
        String noYear = Pdfs.unwrapped(render(BudgetExecution.ID, OutputFormat.PDF, ReportArguments.NONE.forFiscalYear(2031)));

        assertThat(rent).contains(Disbursements.RENT).doesNotContain(Disbursements.CULTIVATION_NAME);
        // both schedules belong to the city, so a district asks for neither; the unknown-region one is left out too
        assertThat(tianheOnly).contains("没有符合条件的预算记录");
        assertThat(noYear).contains("没有符合条件的预算记录，本年度无拨付。");
    }
}
