package org.cultivar.subsidy.payments;

/**
 * A CSV cell that a spreadsheet opens as text: a value starting with a character Excel, WPS or
 * LibreOffice would read as a formula (or a tab or carriage return that hides one) gets a
 * leading apostrophe, the OWASP "CSV injection" advice. Amounts are positive plain decimals and
 * are never affected.
 */
final class SpreadsheetSafeCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafeCell() {
    }

    static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
