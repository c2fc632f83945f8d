package org.cultivar.registry.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.FieldProblem;

/**
 * The cells of one data row, read column by column: each reader returns the value or
 * {@code null} and records a problem naming line and column, so one pass reports everything
 * wrong with a row.
 */
final class RowCells {

    /** What makes a spreadsheet evaluate a cell instead of showing it (CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PERCENT = Pattern.compile("-?\\d{1,3}(\\.\\d{1,4})?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?%?");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT);
    private static final int MAXIMUM_COUNT = 100_000_000;

    private final long line;
    private final List<String> cells;
    private final HeaderRow header;
    private final List<FieldProblem> problems = new ArrayList<>();

    RowCells(long line, List<String> cells, HeaderRow header, ImportLimits limits) {
        this.line = line;
        this.cells = cells;
        this.header = header;
        checkEveryCell(limits);
    }

    private void checkEveryCell(ImportLimits limits) {
        for (Column column : Column.values()) {
            String raw = header.cell(cells, column);
            if (raw == null || raw.isEmpty()) {
                continue;
            }
            if (raw.length() > limits.maxCellChars()) {
                problem(column, "单元格有 " + ImportLimits.count(raw.length()) + " 个字符，最多允许 "
                        + ImportLimits.count(limits.maxCellChars()) + " 个。", "the cell holds " + ImportLimits.count(raw.length())
                        + " characters; at most " + ImportLimits.count(limits.maxCellChars()) + " are allowed");
            } else if (formulaStart(raw) != 0
                    && !(column.kind() == Column.Kind.FIGURE && PLAIN_NUMBER.matcher(raw.strip()).matches())) {
                String start = Echo.of(String.valueOf(formulaStart(raw)));
                problem(column, "以 " + start + " 开头，电子表格会把它当作公式执行（公式注入）；单元格不得以 = + - @、制表符或回车符开头。",
                        "starts with " + start + ", which spreadsheets run as a formula "
                        + "(formula injection); cells may not start with = + - @, a tab or a carriage return");
            } else if (raw.chars().anyMatch(ch -> Character.getType(ch) == Character.CONTROL)) {
                problem(column, "含有换行符或其他控制字符 " + Echo.of(raw) + "。",
                        "contains a line break or another control character " + Echo.of(raw));
            }
        }
        for (int i = header.width(); i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isBlank()) {
                problem("row", "第 " + (i + 1) + " 列有内容，但表头没有这一列。",
                        "has a value in column " + (i + 1) + ", which the header does not name");
                break;
            }
        }
    }

    /**
     * The character that would make a spreadsheet evaluate the cell, or 0. Leading spaces do not
     * disarm a formula; a leading tab or carriage return is itself refused.
     */
    private static char formulaStart(String raw) {
        if (FORMULA_STARTS.indexOf(raw.charAt(0)) >= 0) {
            return raw.charAt(0);
        }
        String unspaced = raw.replaceFirst("^ +", "");
        return !unspaced.isEmpty() && FORMULA_STARTS.indexOf(unspaced.charAt(0)) >= 0 ? unspaced.charAt(0) : 0;
    }

    long line() {
        return line;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    boolean valid() {
        return problems.isEmpty();
    }

    void problem(Column column, String zh, String en) {
        problem(column.id(), zh, en);
    }

    private void problem(String field, String zh, String en) {
        problems.add(FieldProblem.at(line, field, zh, en));
    }

    /** Whether a problem was already found in this column (so a second message would only repeat it). */
    private boolean refused(Column column) {
        return problems.stream().anyMatch(problem -> problem.field().equals(column.id()));
    }

    /** The stripped text, or {@code null} if blank or already refused. */
    String text(Column column) {
        String raw = header.cell(cells, column);
        if (raw == null || raw.isBlank() || refused(column)) {
            return null;
        }
        return raw.strip();
    }

    /** The raw cell, not stripped: where case and blanks are part of the check. */
    String raw(Column column) {
        return refused(column) ? null : header.cell(cells, column);
    }

    boolean blank(Column column) {
        String raw = header.cell(cells, column);
        return raw == null || raw.isBlank();
    }

    String required(Column column) {
        String text = text(column);
        if (text == null && !refused(column)) {
            problem(column, "必须填写。", "is required");
        }
        return text;
    }

    String required(Column column, int maximum) {
        String text = limited(column, maximum);
        return text == null ? required(column) : text;
    }

    String limited(Column column, int maximum) {
        String text = text(column);
        if (text != null && text.length() > maximum) {
            problem(column, "有 " + text.length() + " 个字符，最多允许 " + maximum + " 个。",
                    "has " + text.length() + " characters; at most " + maximum + " are allowed");
            return null;
        }
        return text;
    }

    Integer count(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String digits = text.replace(",", "");
        if (digits.startsWith("-") && digits.substring(1).chars().allMatch(Character::isDigit) && digits.length() > 1) {
            problem(column, "不能为负数。", "must not be negative");
            return null;
        }
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)
                || Integer.parseInt(digits) > MAXIMUM_COUNT) {
            problem(column, Echo.of(text) + " 不是整数（应为 0 至 " + ImportLimits.count(MAXIMUM_COUNT) + "）。",
                    Echo.of(text) + " is not a whole number (0 to " + ImportLimits.count(MAXIMUM_COUNT) + ")");
            return null;
        }
        return Integer.parseInt(digits);
    }

    Money money(Column column, boolean negativeAllowed) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            Money amount = Money.parse(text);
            if (amount.isNegative() && !negativeAllowed) {
                problem(column, "不能为负数。", "must not be negative");
                return null;
            }
            return amount;
        } catch (IllegalArgumentException e) {
            problem(column, Echo.of(text) + " 不是以元为单位的金额（数字，最多两位小数，例如 1234567.50）。",
                    Echo.of(text) + " is not an amount in yuan (digits, at most two decimals, e.g. 1234567.50)");
            return null;
        }
    }

    /** A percentage 0–100, a trailing % sign allowed. */
    BigDecimal percent(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (!PERCENT.matcher(number).matches()) {
            problem(column, Echo.of(text) + " 不是百分比（例如 12.5）。", Echo.of(text) + " is not a percentage such as 12.5");
            return null;
        }
        BigDecimal percent = new BigDecimal(number);
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problem(column, "为 " + percent.toPlainString() + "%，占比应在 0 至 100% 之间。",
                    "is " + percent.toPlainString() + "%; a share lies between 0 and 100%");
            return null;
        }
        return percent;
    }

    /** A date as yyyy-MM-dd, or as spreadsheets often write it, yyyy/M/d. */
    LocalDate date(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(column, Echo.of(text) + " 不是日期；请写成 yyyy-MM-dd（如 2025-11-08）或 yyyy/M/d。",
                    Echo.of(text) + " is not a date; write it as yyyy-MM-dd (2025-11-08) or yyyy/M/d");
            return null;
        }
    }
}
