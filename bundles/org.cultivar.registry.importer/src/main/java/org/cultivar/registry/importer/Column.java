package org.cultivar.registry.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a batch list, each recognised by its English id or its Chinese label
 * (IMPORT-FORMAT.md). A row carries one enterprise, optionally one year of figures and one title.
 */
enum Column {
    CREDIT_CODE("credit_code", "统一社会信用代码", Kind.TEXT),
    CHECK_OVERRIDE_REASON("check_override_reason", "校验码例外说明", Kind.TEXT),
    NAME_ZH("name_zh", "企业名称", Kind.TEXT),
    NAME_EN("name_en", "英文名称", Kind.TEXT),
    REGION("region", "所属地区", Kind.TEXT),
    SECTOR("sector", "所属行业", Kind.TEXT),
    PARENT_GROUP("parent_group", "所属集团", Kind.TEXT),

    FISCAL_YEAR("fiscal_year", "年度", Kind.FIGURE),
    EMPLOYEES("employees", "从业人数", Kind.FIGURE),
    RD_STAFF("rd_staff", "研发人员", Kind.FIGURE),
    REVENUE("revenue", "营业收入", Kind.FIGURE),
    MAIN_BUSINESS_REVENUE("main_business_revenue", "主营业务收入", Kind.FIGURE),
    TOTAL_ASSETS("total_assets", "资产总额", Kind.FIGURE),
    TOTAL_LIABILITIES("total_liabilities", "负债总额", Kind.FIGURE),
    RD_EXPENSE("rd_expense", "研发费用", Kind.FIGURE),
    NET_PROFIT("net_profit", "净利润", Kind.FIGURE),
    NEW_EQUITY_FINANCING("new_equity_financing", "新增股权融资", Kind.FIGURE),
    CLASS_ONE_IP("class_one_ip", "一类知识产权", Kind.FIGURE),
    OTHER_IP("other_ip", "二类知识产权", Kind.FIGURE),
    MARKET_SHARE_PERCENT("market_share_percent", "市场占有率", Kind.FIGURE),
    YEARS_IN_SEGMENT("years_in_segment", "从事细分市场年限", Kind.FIGURE),
    SCIENCE_AWARD("science_award", "科技奖励", Kind.FIGURE),

    TIER("tier", "称号", Kind.TITLE),
    LEVEL("level", "认定层级", Kind.TITLE),
    AUTHORITY("authority", "认定机构", Kind.TITLE),
    BATCH("batch", "批次", Kind.TITLE),
    GRANT_DATE("grant_date", "认定日期", Kind.TITLE),
    VALID_UNTIL("valid_until", "有效期至", Kind.TITLE);

    /** Which part of the row a column belongs to: figures and title are optional as a whole. */
    enum Kind {
        TEXT, FIGURE, TITLE
    }

    private final String id;
    private final String label;
    private final Kind kind;

    Column(String id, String label, Kind kind) {
        this.id = id;
        this.label = label;
        this.kind = kind;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    Kind kind() {
        return kind;
    }

    /** The column a header cell names, by id (any case) or Chinese label; blanks around are ignored. */
    static Optional<Column> named(String header) {
        String name = header.strip();
        return Arrays.stream(values())
                .filter(column -> column.id.equals(name.toLowerCase(Locale.ROOT)) || column.label.equals(name))
                .findFirst();
    }
}
