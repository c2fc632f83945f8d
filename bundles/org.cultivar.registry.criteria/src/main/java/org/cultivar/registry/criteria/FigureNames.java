package org.cultivar.registry.criteria;

import java.util.Map;

/** The figures' names as the criteria's notes use them, and as a Chinese reader knows them. */
final class FigureNames {

    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("Class I IP", "Ⅰ类知识产权"), Map.entry("Class II IP", "Ⅱ类知识产权"),
            Map.entry("R&D expense", "研发费用"), Map.entry("R&D staff", "研发人员"), Map.entry("employees", "从业人员"),
            Map.entry("main-business revenue", "主营业务收入"), Map.entry("market share", "市场占有率"),
            Map.entry("net profit margin", "净利润率"), Map.entry("net profit", "净利润"),
            Map.entry("new equity financing", "新增股权融资"), Map.entry("revenue", "营业收入"),
            Map.entry("total assets", "资产总额"), Map.entry("total liabilities", "负债总额"),
            Map.entry("years in the field", "从事相关领域年限"), Map.entry("years in the niche", "从事细分市场年限"));

    private FigureNames() {
    }

    /** The Chinese name, or the name as given when it has none (a note then mixes, but stays true). */
    static String chinese(String name) {
        return CHINESE.getOrDefault(name, name);
    }
}
