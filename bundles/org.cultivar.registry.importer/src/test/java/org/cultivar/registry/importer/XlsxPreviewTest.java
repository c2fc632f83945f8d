package org.cultivar.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.registry.importer.ImportFixture.OFFICIAL;
import static org.cultivar.registry.importer.ImportFixture.assertProblem;
import static org.cultivar.registry.importer.ImportFixture.code;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cultivar.registry.api.ImportMode;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportPreview;
import org.cultivar.registry.api.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel workbooks: typed cells read as the format expects them, and files that are not workbooks. */
class XlsxPreviewTest {

    @TempDir
    java.nio.file.Path folder;
    private ImportFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ImportFixture(folder);
    }

    @AfterEach
    void stop() throws InterruptedException {
        fixture.close();
    }

    @Test
    void readsTypedCellsAsTheFormatExpects() throws Exception {
        byte[] workbook = workbook(sheet -> {
            header(sheet, "统一社会信用代码", "企业名称", "所属地区", "所属行业", "年度", "营业收入", "市场占有率", "称号", "认定机构", "认定日期");
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy/m/d"));
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.0%"));
            CellStyle grouped = sheet.getWorkbook().createCellStyle();
            grouped.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0"));
            for (int i = 1; i <= 3; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(code(i));
                row.createCell(1).setCellValue("广州华科智能装备有限公司");
                row.createCell(2).setCellValue("440100");
                row.createCell(3).setCellValue("ROBOTICS_AND_CNC");
                row.createCell(4).setCellValue(2025);
                row.createCell(5).setCellValue(123456789012.5);
                row.getCell(5).setCellStyle(grouped);
                row.createCell(6).setCellValue(0.125);
                row.getCell(6).setCellStyle(percent);
                row.createCell(7).setCellValue("专精特新中小企业");
                row.createCell(8).setCellValue("广东省工业和信息化厅");
                row.createCell(9).setCellValue(LocalDate.of(2025, 9, 26));
                row.getCell(9).setCellStyle(date);
            }
        });

        ImportPreview preview = fixture.preview(OFFICIAL, "list.xlsx", workbook);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.validRows()).isEqualTo(3);
        ImportJob job = fixture.finished(OFFICIAL, fixture.service.start(OFFICIAL, preview.id(), ImportMode.ALL_OR_NOTHING));

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        var stored = fixture.writer.committed.get(code(2)).row();
        assertThat(stored.line()).isEqualTo(3);
        assertThat(stored.figures().revenue().toString()).isEqualTo("123456789012.50");
        assertThat(stored.figures().marketSharePercent()).isEqualByComparingTo("12.5");
        assertThat(stored.title().grantDate()).isEqualTo(LocalDate.of(2025, 9, 26));
    }

    @Test
    void reportsProblemsWithSpreadsheetRowNumbers() throws Exception {
        byte[] workbook = workbook(sheet -> {
            header(sheet, "credit_code", "name_zh", "region", "sector");
            Row row = sheet.createRow(4);
            row.createCell(0).setCellValue(code(1));
            row.createCell(1).setCellValue("=cmd|' /C calc'!A0");
            row.createCell(2).setCellValue("440100");
            row.createCell(3).setCellValue("OTHER");
        });

        ImportPreview preview = fixture.preview(OFFICIAL, "list.xlsx", workbook);

        assertProblem(preview, 5, "name_zh", "formula injection");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        byte[] workbook = workbook(sheet -> header(sheet, "credit_code", "name_zh", "region", "sector"));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // 50 MB of blanks inside a valid sheet: inflates about a thousandfold
                    out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\">").getBytes(StandardCharsets.US_ASCII));
                    byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 50; i++) {
                        out.write(blanks);
                    }
                    out.write("<sheetData/></worksheet>".getBytes(StandardCharsets.US_ASCII));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(1 << 20);

        assertThatThrownBy(() -> fixture.preview(OFFICIAL, "bomb.xlsx", bomb.toByteArray()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("file");
                            assertThat(problem.message()).contains("zip bomb");
                        }));
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        assertThatThrownBy(() -> fixture.preview(OFFICIAL, "list.xlsx", "credit_code,name_zh\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an Excel workbook");
        assertThatThrownBy(() -> fixture.preview(OFFICIAL, "list.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("save the file as an Excel workbook (.xlsx)");
    }

    @Test
    void poiLogsWithoutLookingForALoggingProvider() {
        assertThat(LogManager.getFactory()).isInstanceOf(SimpleLoggerContextFactory.class);
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    interface SheetFiller {
        void fill(Sheet sheet);
    }

    static byte[] workbook(SheetFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(workbook.createSheet("名单"));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
