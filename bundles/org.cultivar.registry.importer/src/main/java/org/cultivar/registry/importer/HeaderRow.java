package org.cultivar.registry.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The first row of a batch list: which column sits where. Columns may come in any order. */
final class HeaderRow {

    static final long LINE = 1;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<Column, Integer> positions;
    private final int width;

    private HeaderRow(Map<Column, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /**
     * Reads the header; refuses unknown or repeated columns and missing required ones, naming
     * them, since a misnamed column would otherwise be silently ignored.
     */
    static HeaderRow parse(List<String> cells) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        int width = 0;
        for (int i = 0; i < cells.size(); i++) {
            String cell = i == 0 ? withoutByteOrderMark(cells.get(i)) : cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            width = i + 1;
            Optional<Column> column = Column.named(cell);
            if (column.isEmpty()) {
                unknown.add(Echo.of(cell.strip()));
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                repeated.add(column.get().id());
            }
        }
        if (positions.isEmpty()) {
            throw new UnreadableFileException(LINE, "header", "第一行必须是列名表头（" + Column.CREDIT_CODE.label() + "或 "
                    + Column.CREDIT_CODE.id() + "，" + Column.NAME_ZH.label() + "或 " + Column.NAME_ZH.id()
                    + "，……）；第一行没有任何一个列名，文件缺少表头。", "the first row must be the header naming the columns ("
                    + Column.CREDIT_CODE.id() + " or " + Column.CREDIT_CODE.label() + ", " + Column.NAME_ZH.id()
                    + " or " + Column.NAME_ZH.label() + ", …); it names none of them, so the file has no header row");
        }
        if (!unknown.isEmpty()) {
            throw new UnreadableFileException(LINE, "header", "无法识别的列：" + String.join("、", unknown)
                    + "；可用的列见导入格式说明。", "unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; the columns are listed in the import format description");
        }
        if (!repeated.isEmpty()) {
            throw new UnreadableFileException(LINE, "header", "以下列出现了不止一次：" + String.join("、", repeated) + "。",
                    "column" + (repeated.size() > 1 ? "s " : " ") + String.join(", ", repeated) + " appear more than once");
        }
        List<Column> absent = List.of(Column.CREDIT_CODE, Column.NAME_ZH, Column.REGION, Column.SECTOR).stream()
                .filter(column -> !positions.containsKey(column)).toList();
        if (!absent.isEmpty()) {
            List<String> missing = absent.stream().map(column -> column.id() + " (" + column.label() + ")").collect(Collectors.toList());
            throw new UnreadableFileException(LINE, "header", "缺少必需的列："
                    + absent.stream().map(column -> column.label() + "（" + column.id() + "）").collect(Collectors.joining("、")) + "。",
                    "required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " missing");
        }
        return new HeaderRow(positions, width);
    }

    private static String withoutByteOrderMark(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == BYTE_ORDER_MARK ? cell.substring(1) : cell;
    }

    /** The row's cell under the column, or {@code null} where the column is absent or the row short. */
    String cell(List<String> cells, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= cells.size() ? null : cells.get(position);
    }

    /** Columns up to the last named one; cells beyond it hold data no header names. */
    int width() {
        return width;
    }
}
