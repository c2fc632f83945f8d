package org.cultivar.registry.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;

import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.TitleGrant;
import org.cultivar.registry.api.YearlyFigures;

/**
 * Writes rows in the import format (every column, English ids in the header), so generated
 * data travels the same path as a real batch list. Plain Java rather than Commons CSV: the
 * benchmark runs the generator outside the framework, where the embedded jars are not on its
 * class path.
 */
final class BatchListCsvWriter {

    private final Writer out;

    BatchListCsvWriter(Writer out) {
        this.out = out;
    }

    void header() {
        line(Arrays.stream(Column.values()).map(Column::id).toArray());
    }

    void row(ImportRow row) {
        EnterpriseInput enterprise = row.enterprise();
        YearlyFigures figures = row.figures();
        TitleGrant title = row.title();
        Object[] cells = new Object[Column.values().length];
        put(cells, Column.CREDIT_CODE, enterprise.creditCode());
        put(cells, Column.CHECK_OVERRIDE_REASON, enterprise.overrideReason());
        put(cells, Column.NAME_ZH, enterprise.nameZh());
        put(cells, Column.NAME_EN, enterprise.nameEn());
        put(cells, Column.REGION, enterprise.regionCode());
        put(cells, Column.SECTOR, enterprise.sector());
        put(cells, Column.PARENT_GROUP, enterprise.parentGroup());
        if (figures != null) {
            put(cells, Column.FISCAL_YEAR, figures.fiscalYear());
            put(cells, Column.EMPLOYEES, figures.employees());
            put(cells, Column.RD_STAFF, figures.rdStaff());
            put(cells, Column.REVENUE, figures.revenue());
            put(cells, Column.MAIN_BUSINESS_REVENUE, figures.mainBusinessRevenue());
            put(cells, Column.TOTAL_ASSETS, figures.totalAssets());
            put(cells, Column.TOTAL_LIABILITIES, figures.totalLiabilities());
            put(cells, Column.RD_EXPENSE, figures.rdExpense());
            put(cells, Column.NET_PROFIT, figures.netProfit());
            put(cells, Column.NEW_EQUITY_FINANCING, figures.newEquityFinancing());
            put(cells, Column.CLASS_ONE_IP, figures.classOneIp());
            put(cells, Column.OTHER_IP, figures.otherIp());
            put(cells, Column.MARKET_SHARE_PERCENT, figures.marketSharePercent());
            put(cells, Column.YEARS_IN_SEGMENT, figures.yearsInSegment());
            put(cells, Column.SCIENCE_AWARD, figures.scienceAward());
        }
        if (title != null) {
            put(cells, Column.TIER, title.tier());
            put(cells, Column.LEVEL, title.level());
            put(cells, Column.AUTHORITY, title.authority());
            put(cells, Column.BATCH, title.batch());
            put(cells, Column.GRANT_DATE, title.grantDate());
            put(cells, Column.VALID_UNTIL, title.validUntil());
        }
        line(cells);
    }

    private static void put(Object[] cells, Column column, Object value) {
        cells[column.ordinal()] = value;
    }

    private void line(Object[] cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells[i]));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString()
                : value instanceof Enum<?> constant ? constant.name() : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
