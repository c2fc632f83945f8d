package org.cultivar.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cultivar.registry.importer.ImportFixture.HEADER;
import static org.cultivar.registry.importer.ImportFixture.OFFICIAL;
import static org.cultivar.registry.importer.ImportFixture.assertProblem;
import static org.cultivar.registry.importer.ImportFixture.code;
import static org.cultivar.registry.importer.ImportFixture.csv;
import static org.cultivar.registry.importer.ImportFixture.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.cultivar.registry.api.ImportPreview;
import org.cultivar.registry.api.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previewing CSV batch lists: what is counted, and every kind of bad input with its line and field. */
class CsvPreviewTest {

    @TempDir
    Path folder;
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
    void countsAGoodFileAndNamesItsDigest() throws NoSuchAlgorithmException {
        String file = csv(HEADER, row(code(1)), row(code(2)), row(code(3)));

        ImportPreview preview = fixture.preview("list.csv", file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.totalRows()).isEqualTo(3);
        assertThat(preview.validRows()).isEqualTo(3);
        assertThat(preview.newRows()).isEqualTo(3);
        assertThat(preview.unchanged()).isZero();
        assertThat(preview.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8))));
        assertThat(fixture.writer.committed).as("a preview stores nothing").isEmpty();
    }

    @Test
    void readsTheExampleFileOfTheFormatDescription() throws IOException {
        try (InputStream example = getClass().getResourceAsStream("/batch-list-example.csv")) {
            ImportPreview preview = fixture.service.preview(OFFICIAL, "batch-list-example.csv", example);

            assertThat(preview.problems()).isEmpty();
            assertThat(preview.validRows()).isEqualTo(preview.totalRows()).isEqualTo(4);
        }
    }

    @Test
    void takesChineseHeadersInAnyOrderAndAByteOrderMark() {
        String file = "\uFEFF" + csv("所属行业,企业名称,统一社会信用代码,所属地区,称号,认定机构,认定日期",
                "高档数控机床和机器人,深圳智造有限公司," + CreditCodes.of("440300", 7) + ",440300,\"专精特新\"\"小巨人\"\"企业\",工业和信息化部,2024/8/9");

        ImportPreview preview = fixture.preview("名单.csv", file);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.validRows()).isEqualTo(1);
    }

    @Test
    void refusesUnknownColumnsNamingThem() {
        assertThatThrownBy(() -> fixture.preview("list.csv", csv(HEADER + ",colour,尺寸", row(code(1)) + ",red,1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(1);
                            assertThat(problem.field()).isEqualTo("header");
                            assertThat(problem.message()).contains("\"colour\"", "\"尺寸\"");
                        }));
    }

    @Test
    void refusesAFileWithoutHeaderOrRows() {
        assertThatThrownBy(() -> fixture.preview("list.csv", csv(row(code(1)), row(code(2)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 1, header")
                .hasMessageContaining("no header row");
        assertThatThrownBy(() -> fixture.preview("list.csv", ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> fixture.preview("list.csv", csv(HEADER)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no rows");
        assertThatThrownBy(() -> fixture.preview("list.csv", "credit_code,name_zh\r\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("region (所属地区)");
    }

    @Test
    void checksCreditCodes() {
        String valid = IntStream.rangeClosed(1, 100).mapToObj(ImportFixture::code)
                .filter(code -> Character.isLetter(code.charAt(17))).findFirst().orElseThrow();
        char wrongCheck = '0';
        String file = csv(HEADER,
                row(valid.substring(0, 17) + wrongCheck),
                row(valid.substring(0, 17)),
                row(valid.toLowerCase()),
                row("91440100I" + valid.substring(9)),
                ",广州华科有限公司,440100,OTHER");

        ImportPreview preview = fixture.preview("codes.csv", file);

        assertProblem(preview, 2, "credit_code", "check character");
        assertProblem(preview, 3, "credit_code", "has 17 characters");
        assertProblem(preview, 4, "credit_code", "capitals");
        assertProblem(preview, 5, "credit_code", "is not allowed");
        assertProblem(preview, 6, "credit_code", "is required");
        assertThat(preview.invalidRows()).isEqualTo(5);
    }

    @Test
    void acceptsAFailingCheckCharacterWithAReason() {
        String valid = code(1);
        String failing = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String file = csv("credit_code,check_override_reason,name_zh,region,sector",
                failing + ",早期试点代码，登记机关书面确认,广州老字号有限公司,440100,OTHER");

        ImportPreview preview = fixture.preview("override.csv", file);

        assertThat(preview.problems()).isEmpty();
    }

    @Test
    void refusesARepeatedEnterpriseNamingTheFirstLine() {
        ImportPreview preview = fixture.preview("twice.csv", csv(HEADER, row(code(1)), row(code(2)), row(code(1))));

        assertProblem(preview, 4, "credit_code", "already appears on line 2");
        assertThat(preview.validRows()).isEqualTo(2);
    }

    @Test
    void checksRegionsFiguresAndDates() {
        String file = csv(HEADER,
                row(code(1)).replace(",440100,", ",449999,"),
                row(code(2)).replace(",12345678.90,", ",-5,"),
                row(code(3)).replace(",12.5,", ",120,"),
                row(code(4)).replace("2025-09-26,", "2027-01-01,"),
                row(code(5)) + "2025-01-01",
                row(code(6)).replace(",2025,", ",,"),
                row(code(7)).replace(",120,", ",lots,"),
                row(code(8)).replace("SPECIALIZED_SME", "GIANT"),
                row(code(9)).replace("2025-09-26", "26.9.2025"));

        ImportPreview preview = fixture.preview("figures.csv", file);

        assertProblem(preview, 2, "region", "not a division code Cultivar knows");
        assertProblem(preview, 3, "revenue", "must not be negative");
        assertProblem(preview, 4, "market_share_percent", "between 0 and 100%");
        assertProblem(preview, 5, "grant_date", "in the future");
        assertProblem(preview, 6, "grant_date", "not before the end of validity");
        assertProblem(preview, 7, "fiscal_year", "is required");
        assertProblem(preview, 8, "employees", "not a whole number");
        assertProblem(preview, 9, "tier", "is not one of INNOVATIVE_SME");
        assertProblem(preview, 10, "grant_date", "is not a date");
        assertThat(preview.validRows()).isZero();
    }

    @Test
    void explainsEveryRowProblemInChineseToo() {
        String valid = code(1);
        String file = csv(HEADER,
                row(valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0')),
                row(code(2).toLowerCase()),
                row(code(3)).replace(",440100,", ",449999,"),
                row(code(4)).replace(",12345678.90,", ",-5,"),
                row(code(5)).replace(",12.5,", ",120,"),
                row(code(6)).replace("2025-09-26,", "2027-01-01,"),
                row(code(7)).replace(",2025,", ",,"),
                row(code(8)).replace(",120,", ",lots,"),
                row(code(9)).replace("SPECIALIZED_SME", "GIANT"),
                row(code(10)).replace("2025-09-26", "26.9.2025"),
                row(code(11)).replace("广州华科智能装备有限公司", "=1+1"),
                row(code(3)));

        ImportPreview preview = fixture.preview("坏名单.csv", file);

        assertThat(preview.problems()).hasSizeGreaterThanOrEqualTo(11)
                .allSatisfy(problem -> assertThat(problem.messageZh()).as(problem.toString()).isNotBlank());
        assertChinese(preview, 2, "credit_code", "校验码不符：第 18 位应为 " + valid.charAt(17));
        assertChinese(preview, 3, "credit_code", "含有小写字母");
        assertChinese(preview, 4, "region", "不是本系统收录的行政区划代码");
        assertChinese(preview, 5, "revenue", "不能为负数");
        assertChinese(preview, 6, "market_share_percent", "占比应在 0 至 100% 之间");
        assertChinese(preview, 7, "grant_date", "是将来的日期");
        assertChinese(preview, 8, "fiscal_year", "年度必须填写");
        assertChinese(preview, 9, "employees", "\"lots\" 不是整数");
        assertChinese(preview, 10, "tier", "不是可选值之一：创新型中小企业");
        assertChinese(preview, 11, "grant_date", "不是日期");
        assertChinese(preview, 12, "name_zh", "公式注入");
        assertThat(preview.problems()).filteredOn(problem -> problem.line() == 13).singleElement()
                .satisfies(problem -> assertThat(problem.message(true)).contains("已出现在第 4 行"));
    }

    @Test
    void refusesAnUnreadableFileInChineseToo() {
        assertThatThrownBy(() -> fixture.preview("list.csv", "credit_code,name_zh,colour\r\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.message(true))
                        .isEqualTo("第 1 行，header：无法识别的列：\"colour\"；可用的列见导入格式说明。"));
        assertThatThrownBy(() -> fixture.preview("list.csv", "credit_code,name_zh\r\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message(true))
                        .isEqualTo("缺少必需的列：所属地区（region）、所属行业（sector）。"));
        assertThatThrownBy(() -> fixture.preview("list.csv", csv(HEADER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).message(true))
                        .isEqualTo("文件只有表头，没有数据行。"));
    }

    private static void assertChinese(ImportPreview preview, long line, String field, String messagePart) {
        assertThat(preview.problems()).as("problems of %s", preview.fileName())
                .anySatisfy(problem -> {
                    assertThat(problem.line()).isEqualTo(line);
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.message(true)).contains(messagePart);
                });
    }

    @Test
    void refusesFormulaInjectionButKeepsMarkupAsText() {
        String file = csv(HEADER,
                row(code(1)).replace("广州华科智能装备有限公司", "=HYPERLINK(\"\"http://x\"\")"),
                row(code(2)).replace("广州华科智能装备有限公司", "@SUM(A1)"),
                row(code(3)).replace("广州华科智能装备有限公司", "\"\t=1+1\""),
                row(code(4)).replace("广州华科智能装备有限公司", "  +cmd"),
                row(code(5)).replace("广东省工业和信息化厅", "-1+1"),
                row(code(6)).replace("广州华科智能装备有限公司", "<script>alert(1)</script>有限公司"));

        ImportPreview preview = fixture.preview("formulas.csv", file);

        assertProblem(preview, 2, "name_zh", "formula injection");
        assertProblem(preview, 3, "name_zh", "formula injection");
        assertProblem(preview, 4, "name_zh", "\"\\u0009\"");
        assertProblem(preview, 5, "name_zh", "formula injection");
        assertProblem(preview, 6, "authority", "formula injection");
        assertThat(preview.problems()).noneMatch(problem -> problem.line() == 7);
        assertThat(preview.validRows()).isEqualTo(1);
    }

    @Test
    void refusesAHugeLineWithoutReadingItWhole() {
        String huge = "x".repeat(10 * 1024 * 1024);
        String file = csv(HEADER, row(code(1)), row(code(2)).replace("广州华科智能装备有限公司", huge), row(code(3)));

        assertThatThrownBy(() -> fixture.preview("huge.csv", file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(3);
                            assertThat(problem.message()).contains("262,144 characters");
                        }));
    }

    @Test
    void refusesAnOversizeCellNamingItsColumn() {
        ImportLimits small = new ImportLimits(1 << 20, 100, 100, 10_000);
        try (ImportFixture limited = new ImportFixture(folder, small)) {
            ImportPreview preview = limited.preview("cell.csv", csv(HEADER, row(code(1)).replace("有限公司", "x".repeat(200))));

            assertProblem(preview, 2, "name_zh", "at most 100 are allowed");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void capsFileSizeAndRowCountSayingSo() throws InterruptedException, IOException {
        String rows = IntStream.rangeClosed(1, 20).mapToObj(i -> row(code(i))).collect(Collectors.joining("\r\n"));
        try (ImportFixture bytes = new ImportFixture(folder, new ImportLimits(1_000, 100, 1_000, 10_000));
             ImportFixture count = new ImportFixture(folder, new ImportLimits(1 << 20, 10, 1_000, 10_000))) {
            assertThatThrownBy(() -> bytes.preview("big.csv", csv(HEADER, rows)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than 1,000 bytes");
            assertThatThrownBy(() -> count.preview("long.csv", csv(HEADER, rows)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 12")
                    .hasMessageContaining("more than 10 rows");
        }
        try (var left = Files.list(folder)) {
            assertThat(left).as("refused uploads are deleted").isEmpty();
        }
    }

    @Test
    void refusesGbkNamingTheLine() {
        byte[] gbk = csv(HEADER, row(code(1)), row(code(2))).getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> fixture.preview(OFFICIAL, "gbk.csv", gbk))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(2);
                            assertThat(problem.message()).contains("not UTF-8", "GBK");
                        }));
    }

    @Test
    void refusesBrokenQuoting() {
        assertThatThrownBy(() -> fixture.preview("quotes.csv", csv(HEADER, row(code(1)), "\"" + code(2) + "\"x,a,b")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be read on from line 3");
    }

    @Test
    void showsTheFirstProblemsOnly() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 2_500; i++) {
            file.writeBytes((row(code(i)).replace(",440100,", ",449999,") + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        ImportPreview preview = fixture.preview(OFFICIAL, "bad.csv", file.toByteArray());

        assertThat(preview.invalidRows()).isEqualTo(2_500);
        assertThat(preview.problems()).hasSize(PreviewTally.PROBLEMS_SHOWN);
        assertThat(preview.problemsTruncated()).isTrue();
        assertThat(fixture.writer.writeSizes).isEmpty();
    }

    @Test
    void addsTheRegistrysProblems() {
        ImportFixture.assertProblem(fixture.service.preview(ImportFixture.PROVINCIAL_OFFICIAL, "national.csv",
                        new java.io.ByteArrayInputStream(csv(HEADER, row(code(1)).replace("SPECIALIZED_SME", "LITTLE_GIANT"))
                                .getBytes(StandardCharsets.UTF_8))),
                2, "title", "national scope");
    }
}
