package org.cultivar.registry.importer;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Shows numeric cells the way the import format reads them, whatever their display format:
 * dates as ISO {@code yyyy-MM-dd}, numbers as plain decimals (no grouping, no exponent, no
 * rounding to the displayed digits), percentages as the number before the % sign. POI's own
 * formatting would turn 123456789012 into "1.23457E+11" and a date into "3/15/24".
 *
 * <p>Excel stores numbers as doubles; the shortest decimal that reads back as the same double
 * is what the user typed, so {@link BigDecimal#valueOf(double)} recovers it exactly.
 */
final class PlainCellFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
        }
        BigDecimal number = BigDecimal.valueOf(value);
        if (formatString != null && formatString.contains("%")) {
            number = number.movePointRight(2);
        }
        return number.stripTrailingZeros().toPlainString();
    }
}
