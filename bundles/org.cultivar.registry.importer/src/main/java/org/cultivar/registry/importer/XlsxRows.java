package org.cultivar.registry.importer;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook, streamed through POI's SAX event API: the sheet is
 * never built as a tree, so a large workbook costs its shared strings, not its cells.
 *
 * <p>POI runs with the bundle's class loader as context class loader (XMLBeans finds its
 * schema types through it inside the framework).
 */
final class XlsxRows implements SheetRows {

    static {
        // a zip entry that inflates more than 100-fold is a zip bomb, not a workbook; these
        // limits are POI statics, which only this bundle's embedded copy of POI sees
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(1L << 31);
    }

    @Override
    public void read(Path file, RowHandler handler) {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(XlsxRows.class.getClassLoader());
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException(0, "file", "工作簿中没有工作表。", "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook, false), new RowCollector(handler),
                        new PlainCellFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception e) {
            throw unreadable(e);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    /** What went wrong, in words: POI's exceptions name classes and zip internals. */
    private static UnreadableFileException unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return new UnreadableFileException(0, "file", "工作簿解压后远大于文件本身（“压缩炸弹”），未予读取。请在 Excel 中重新保存，或导出为 CSV。",
                        "the workbook expands to far more than its size (a \"zip "
                        + "bomb\"); it was not read. Save the sheet again from Excel, or export it as CSV");
            }
            if (cause instanceof UnreadableFileException unreadable) {
                return unreadable;
            }
        }
        return new UnreadableFileException(0, "file", "文件不是 Excel 工作簿（.xlsx）或已损坏；请在 Excel 中打开并另存为 .xlsx 或 CSV（UTF-8）。",
                "the file is not an Excel workbook (.xlsx) or it is damaged; "
                + "open it in Excel and save it as .xlsx or as CSV (UTF-8)");
    }

    /** Collects the cells of each row, in column order with gaps left empty, and hands rows on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        RowCollector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1L, List.copyOf(cells));
        }
    }
}
