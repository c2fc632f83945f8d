package org.cultivar.registry.criteria;

import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.CriterionResult.Outcome;

/** The criteria the rule sets judge: a stable id and the labels a clerk reads, in Chinese and English. */
enum Criterion {
    SME_SIZE("sme-size", "中小企业规模（工信部联企业〔2011〕300号）", "SME size (2011 standard)"),
    YEARS_IN_SEGMENT("years-in-segment", "从事特定细分市场年限", "Years in the market niche"),
    REVENUE("revenue", "上年度营业收入", "Revenue, last year"),
    REVENUE_OR_EQUITY("revenue-or-equity", "营业收入或新增股权融资", "Revenue or new equity financing"),
    MAIN_BUSINESS_SHARE("main-business-share", "主营业务收入占营业收入比重", "Main-business share of revenue"),
    MAIN_BUSINESS_GROWTH("main-business-growth", "近2年主营业务收入平均增长率", "Average main-business growth, last 2 years"),
    REVENUE_GROWTH("revenue-growth", "近2年营业收入复合增长率", "Revenue growth (CAGR), last 2 years"),
    LIABILITY_RATIO("liability-ratio", "资产负债率", "Liabilities to assets"),
    MARKET_SHARE("market-share", "主导产品国内细分市场占有率", "Domestic market share of the leading product"),
    RD_INTENSITY("rd-intensity", "研发费用占营业收入比重", "R&D expense as a share of revenue"),
    RD_EXPENSE("rd-expense", "研发费用", "R&D expense"),
    RD_EXPENSE_TOTAL("rd-expense-total", "近2年研发费用总额", "R&D expense, last 2 years in total"),
    CLASS_ONE_IP("class-one-ip", "与主导产品相关的Ⅰ类知识产权", "Class I IP related to the main product"),
    PRODUCT_FIELD("product-field", "主导产品所属领域", "Field of the main product"),
    SCORE_OR_DIRECT("score-or-direct", "评价得分或直通条件", "Evaluation score or a direct condition"),
    DIRECT_QUALIFICATION("direct-qualification", "直通条件", "Direct qualification"),
    INNOVATION_POINTS("innovation-points", "创新能力得分", "Innovation points"),
    GROWTH_POINTS("growth-points", "成长性得分", "Growth points"),
    SPECIALISATION_POINTS("specialisation-points", "专业化得分", "Specialisation points"),
    TOTAL_POINTS("total-points", "评价总分", "Total points"),
    YEARS_IN_FIELD("years-in-field", "从事相关领域年限", "Years in the field"),
    MAIN_BUSINESS_REVENUE_AVERAGE("main-business-revenue-average", "近3年主营业务收入平均值",
            "Average main-business revenue, last 3 years");

    private final String id;
    private final String labelZh;
    private final String labelEn;

    Criterion(String id, String labelZh, String labelEn) {
        this.id = id;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    String id() {
        return id;
    }

    /** Value and threshold alike in both languages (numbers, percentages); the note in English only. */
    CriterionResult result(String value, String threshold, Outcome outcome, String note) {
        return result(Text.same(value), Text.same(threshold), outcome, note == null ? null : Text.english(note));
    }

    CriterionResult result(Text value, Text threshold, Outcome outcome, Text note) {
        return new CriterionResult(id, labelZh, labelEn, value.en(), threshold.en(), outcome, note == null ? null : note.en(),
                value.zh(), threshold.zh(), note == null ? null : note.zh());
    }

    /** "—" as the value, NO_DATA, and the note saying what is missing. */
    CriterionResult noData(String threshold, String missing) {
        return noData(Text.same(threshold), Text.english(missing));
    }

    CriterionResult noData(String threshold, Text missing) {
        return noData(Text.same(threshold), missing);
    }

    CriterionResult noData(Text threshold, Text missing) {
        return result(Text.same(Display.NONE), threshold, Outcome.NO_DATA, missing);
    }
}
