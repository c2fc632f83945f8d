package org.cultivar.registry.importer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Excel writes it (RFC 4180, comma-separated), which must be UTF-8; a byte order mark is
 * accepted. Bytes that are not UTF-8 are refused (by {@link BoundedRowReader}), since a GBK file
 * decoded as UTF-8 would otherwise import as mojibake.
 */
final class CsvRows implements SheetRows {

    /** Empty lines are kept as rows so that row numbers match the lines a spreadsheet shows. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final ImportLimits limits;

    CsvRows(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(Path file, RowHandler handler) {
        try (Reader text = new BoundedRowReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                limits.maxRowChars());
             CSVParser parser = FORMAT.parse(text)) {
            try {
                for (CSVRecord record : parser) {
                    handler.row(record.getRecordNumber(), record.toList());
                }
            } catch (UncheckedIOException e) {
                long line = parser.getCurrentLineNumber();
                throw new UnreadableFileException(line, "file", "CSV 文件从第 " + line + " 行起无法继续读取：有带引号的单元格没有正确闭合，"
                        + "或者不带引号的单元格中出现了引号。", "the CSV cannot be read on from line "
                        + line + ": a quoted cell is not closed properly or a quote stands inside an unquoted cell");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
