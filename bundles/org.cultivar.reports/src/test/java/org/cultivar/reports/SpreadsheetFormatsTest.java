package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cultivar.reports.api.OutputFormat;
import org.cultivar.reports.api.RenderedReport;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportRequest;
import org.junit.jupiter.api.Test;

/** XLSX read back with POI; CSV as Excel would open it, formulas neutralised. */
class SpreadsheetFormatsTest {

    private static RenderedReport oversight(OutputFormat format) {
        return SharedReports.SERVICE.render(Actors.NATIONAL_AUDITOR, new ReportRequest(OversightReport.ID, format, ReportArguments.NONE));
    }

    @Test
    void xlsxHoldsTheChineseCellsAndFormulaLookalikesAsText() throws IOException {
        RenderedReport xlsx = oversight(OutputFormat.XLSX);
        List<Cell> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("认定例外与风险提示");
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(cells::add);
            }
        }

        assertThat(cells).extracting(Cell::toString).contains(Enterprises.TIANHE_NAME, Enterprises.SHENZHEN_NAME, "集团下属企业");
        assertThat(cells).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
        assertThat(cells).extracting(Cell::toString).contains("=HYPERLINK(\"http://evil\",\"点我\")");
        assertThat(xlsx.fileName()).isEqualTo("oversight.xlsx");
    }

    @Test
    void csvStartsWithAByteOrderMarkAndNeutralisesFormulas() {
        RenderedReport csv = oversight(OutputFormat.CSV);
        String text = new String(csv.content(), StandardCharsets.UTF_8);

        assertThat(csv.content()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF类别,企业名称,统一社会信用代码,地区,事项,详情,理由,经办人,记录时间");
        assertThat(text).contains(Enterprises.SHENZHEN_NAME)
                .contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\"")
                .contains("笑脸😀科技公司"); // CSV is data: the emoji stays, only the PDF font cannot draw it
        assertThat(csv.fileName()).isEqualTo("oversight.csv");
    }
}
