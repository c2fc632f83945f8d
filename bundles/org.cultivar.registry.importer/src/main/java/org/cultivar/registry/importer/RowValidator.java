package org.cultivar.registry.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.InvalidCreditCodeException;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleGrant;
import org.cultivar.registry.api.YearlyFigures;

/**
 * Turns the cells of a data row into an {@link ImportRow}, or into the list of what is wrong
 * with them, field by field. Checks what a file alone can tell; the registry's own checks
 * (authority, conflicts with what it holds) follow in {@code RegistryBatchWriter.compare}.
 *
 * <p>One validator reads one file: it remembers the credit codes seen, so a second row for the
 * same enterprise is refused with the line of the first.
 */
final class RowValidator {

    // compiled once: a million-row import checks every row twice (preview and import)
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern IGNORED_IN_NAMES = Pattern.compile("[\\s\"“”＂'‘’_-]");

    static final int MAXIMUM_NAME = 200;
    private static final int FIRST_FISCAL_YEAR = 2000;

    private static final Choices<Sector> SECTORS = choices(Sector.values(), sector -> List.of(sector.chinese(), sector.english()));
    private static final Choices<Tier> TIERS = choices(Tier.values(), tier -> List.of(tier.chinese(), tier.english()));
    private static final Choices<CertifyingLevel> LEVELS = choices(CertifyingLevel.values(),
            level -> List.of(level.chinese()));
    private static final Choices<ScienceAward> AWARDS = choices(ScienceAward.values(),
            award -> List.of(switch (award) {
                case NONE -> "无";
                case PROVINCIAL -> "省级";
                case NATIONAL -> "国家级";
            }));

    private final HeaderRow header;
    private final LocalDate today;
    private final ImportLimits limits;
    private final RegionCatalogue regions = RegionCatalogue.standard();
    private final SeenCreditCodes seen = new SeenCreditCodes();

    RowValidator(HeaderRow header, LocalDate today, ImportLimits limits) {
        this.header = header;
        this.today = today;
        this.limits = limits;
    }

    /** A row checked: either {@code row} or {@code problems}. */
    record CheckedRow(long line, ImportRow row, List<FieldProblem> problems) {
        boolean valid() {
            return row != null;
        }
    }

    CheckedRow check(long line, List<String> cells) {
        RowCells row = new RowCells(line, cells, header, limits);
        String creditCode = creditCode(row);
        EnterpriseInput enterprise = new EnterpriseInput(creditCode,
                creditCode != null && !CreditCode.isValid(creditCode) ? row.text(Column.CHECK_OVERRIDE_REASON) : null,
                row.required(Column.NAME_ZH, MAXIMUM_NAME),
                row.limited(Column.NAME_EN, MAXIMUM_NAME), region(row),
                row.required(Column.SECTOR) == null ? null : choice(row, Column.SECTOR, SECTORS),
                row.limited(Column.PARENT_GROUP, MAXIMUM_NAME));
        YearlyFigures figures = figures(row);
        TitleGrant title = title(row, creditCode);
        return row.valid() ? new CheckedRow(line, new ImportRow(line, enterprise, figures, title), List.of())
                : new CheckedRow(line, null, List.copyOf(row.problems()));
    }

    private String creditCode(RowCells row) {
        String raw = row.raw(Column.CREDIT_CODE);
        if (raw == null) {
            return null;
        }
        String code = raw.strip();
        if (code.isEmpty()) {
            row.problem(Column.CREDIT_CODE, "必须填写。", "is required");
            return null;
        }
        if (!code.equals(code.toUpperCase(Locale.ROOT))) {
            row.problem(Column.CREDIT_CODE, Echo.of(code) + " 含有小写字母；统一社会信用代码应使用大写字母。",
                    Echo.of(code) + " has lower-case letters; credit codes are written in capitals");
            return null;
        }
        String overrideReason = row.text(Column.CHECK_OVERRIDE_REASON);
        CreditCode parsed;
        try {
            parsed = overrideReason == null ? CreditCode.parse(code) : CreditCode.overridingCheck(code);
        } catch (InvalidCreditCodeException e) {
            row.problem(Column.CREDIT_CODE, e.chinese(), e.getMessage());
            return null;
        }
        long firstLine = seen.firstLine(parsed.value(), row.line());
        if (firstLine != 0) {
            row.problem(Column.CREDIT_CODE, parsed.value() + " 已出现在第 " + firstLine + " 行；批次名单中每家企业只占一行。",
                    parsed.value() + " already appears on line " + firstLine + "; a batch list holds one row per enterprise");
            return null;
        }
        return parsed.value();
    }

    private String region(RowCells row) {
        String text = row.required(Column.REGION);
        if (text == null) {
            return null;
        }
        if (!SIX_DIGITS.matcher(text).matches()) {
            row.problem(Column.REGION, Echo.of(text) + " 不是六位 GB/T 2260 行政区划代码（例如 440100）。",
                    Echo.of(text) + " is not a six-digit GB/T 2260 division code such as 440100");
            return null;
        }
        if (!regions.known(RegionCode.of(text))) {
            row.problem(Column.REGION, text + " 不是本系统收录的行政区划代码。", text + " is not a division code Cultivar knows");
            return null;
        }
        return text;
    }

    private YearlyFigures figures(RowCells row) {
        boolean any = Arrays.stream(Column.values())
                .anyMatch(column -> column.kind() == Column.Kind.FIGURE && !row.blank(column));
        if (!any) {
            return null;
        }
        Integer year = row.count(Column.FISCAL_YEAR);
        if (year == null) {
            if (row.blank(Column.FISCAL_YEAR)) {
                row.problem(Column.FISCAL_YEAR, "填写了经营数据时，年度必须填写。", "is required when the row carries figures");
            }
        } else if (year < FIRST_FISCAL_YEAR || year > today.getYear()) {
            row.problem(Column.FISCAL_YEAR, year + " 不是 " + FIRST_FISCAL_YEAR + " 至 " + today.getYear() + " 年之间的年度。",
                    year + " is not a fiscal year between " + FIRST_FISCAL_YEAR + " and " + today.getYear());
            year = null;
        }
        // every figure is read even without a usable year, so that one pass reports all problems
        YearlyFigures figures = new YearlyFigures(year == null ? 0 : year, row.count(Column.EMPLOYEES),
                row.count(Column.RD_STAFF), row.money(Column.REVENUE, false), row.money(Column.MAIN_BUSINESS_REVENUE, false),
                row.money(Column.TOTAL_ASSETS, false), row.money(Column.TOTAL_LIABILITIES, false),
                row.money(Column.RD_EXPENSE, false), row.money(Column.NET_PROFIT, true),
                row.money(Column.NEW_EQUITY_FINANCING, false), row.count(Column.CLASS_ONE_IP), row.count(Column.OTHER_IP),
                row.percent(Column.MARKET_SHARE_PERCENT), row.count(Column.YEARS_IN_SEGMENT),
                row.text(Column.SCIENCE_AWARD) == null ? null : choice(row, Column.SCIENCE_AWARD, AWARDS));
        if (figures.employees() != null && figures.rdStaff() != null && figures.rdStaff() > figures.employees()) {
            row.problem(Column.RD_STAFF, "研发人员（" + figures.rdStaff() + "）不能多于从业人数（" + figures.employees() + "）。",
                    "R&D staff (" + figures.rdStaff() + ") cannot exceed employees (" + figures.employees() + ")");
        }
        if (figures.revenue() != null && figures.mainBusinessRevenue() != null
                && figures.mainBusinessRevenue().compareTo(figures.revenue()) > 0) {
            row.problem(Column.MAIN_BUSINESS_REVENUE, "主营业务收入不能高于营业收入。", "main-business revenue cannot exceed total revenue");
        }
        return year == null ? null : figures;
    }

    private TitleGrant title(RowCells row, String creditCode) {
        boolean any = Arrays.stream(Column.values())
                .anyMatch(column -> column.kind() == Column.Kind.TITLE && !row.blank(column));
        if (!any) {
            return null;
        }
        Tier tier = row.required(Column.TIER) == null ? null : choice(row, Column.TIER, TIERS);
        CertifyingLevel level = row.text(Column.LEVEL) == null ? tier == null ? null : tier.defaultLevel()
                : choice(row, Column.LEVEL, LEVELS);
        String authority = row.required(Column.AUTHORITY, MAXIMUM_NAME);
        String batch = row.limited(Column.BATCH, MAXIMUM_NAME);
        LocalDate granted = row.blank(Column.GRANT_DATE) ? dateRequired(row) : row.date(Column.GRANT_DATE);
        LocalDate validUntil = row.date(Column.VALID_UNTIL);
        if (granted != null && granted.isAfter(today)) {
            row.problem(Column.GRANT_DATE, granted + " 是将来的日期。", granted + " is in the future");
        } else if (granted != null && validUntil != null && !validUntil.isAfter(granted)) {
            row.problem(Column.GRANT_DATE, "认定日期 " + granted + " 不早于有效期截止日期 " + validUntil + "。",
                    granted + " is not before the end of validity (" + Column.VALID_UNTIL.id() + ") " + validUntil);
        }
        return new TitleGrant(creditCode, tier, level, authority, batch, granted, validUntil, null, null);
    }

    private static LocalDate dateRequired(RowCells row) {
        row.problem(Column.GRANT_DATE, "填写了称号时，认定日期必须填写。", "is required when the row carries a title");
        return null;
    }

    private static <E extends Enum<E>> E choice(RowCells row, Column column, Choices<E> choices) {
        String text = row.text(column);
        E value = choices.byKey().get(key(text));
        if (value == null) {
            row.problem(column, Echo.of(text) + " 不是可选值之一：" + String.join("、", choices.chinese()) + "。",
                    Echo.of(text) + " is not one of " + choices.byKey().values().stream().distinct().sorted()
                    .map(Enum::name).collect(Collectors.joining(", ")) + " (or their Chinese names)");
        }
        return value;
    }

    /** Names match regardless of case, blanks and the kind of quotation marks (“小巨人” or "小巨人"). */
    private static String key(String text) {
        return IGNORED_IN_NAMES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The values a cell may name, by name or label (as {@link #key} reads them), and their Chinese labels for messages. */
    private record Choices<E>(Map<String, E> byKey, List<String> chinese) {
    }

    /** The first label of each value is its Chinese one. */
    private static <E extends Enum<E>> Choices<E> choices(E[] values, Function<E, List<String>> labels) {
        Map<String, E> choices = new HashMap<>();
        List<String> chinese = new ArrayList<>();
        for (E value : values) {
            choices.put(key(value.name()), value);
            labels.apply(value).forEach(label -> choices.put(key(label), value));
            chinese.add(labels.apply(value).get(0));
        }
        return new Choices<>(choices, List.copyOf(chinese));
    }
}
