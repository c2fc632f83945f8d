package org.cultivar.registry.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a spreadsheet file one by one, the header first, without holding the
 * file in memory. A file that cannot be read on ends the reading with an
 * {@link UnreadableFileException} naming the line.
 */
interface SheetRows {

    /** Receives each row with its line as a spreadsheet numbers it (the header is line 1). */
    @FunctionalInterface
    interface RowHandler {
        void row(long line, List<String> cells);
    }

    void read(Path file, RowHandler handler);

    /**
     * The reader for a file: an Excel workbook if it is named {@code .xlsx} or starts like one
     * (a zip), otherwise CSV.
     */
    static SheetRows forFile(String fileName, Path file, ImportLimits limits) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || startsLikeZip(file)) {
            return new XlsxRows();
        }
        if (name.endsWith(".xls") || name.endsWith(".et") || name.endsWith(".ods")) {
            throw new UnreadableFileException(0, "file", "不能读取这种电子表格格式；请另存为 Excel 工作簿（.xlsx）或 CSV（UTF-8）。",
                    "this spreadsheet format is not read; save the file as an Excel workbook (.xlsx) or as CSV (UTF-8)");
        }
        return new CsvRows(limits);
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
