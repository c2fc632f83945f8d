package org.cultivar.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.AwardCalculation;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.CalculationStep;
import org.cultivar.subsidy.api.ConditionResult;
import org.cultivar.subsidy.api.Eligibility;
import org.cultivar.subsidy.api.InstalmentPlan;
import org.cultivar.subsidy.api.RegistryFacts;
import org.cultivar.subsidy.api.ScheduleConfiguration;
import org.cultivar.subsidy.api.Tranche;

/**
 * An assessment as the JSON snapshot stored with its application: the input, the registry facts,
 * the schedule's parameters, every condition and calculation step. Read back exactly, so what a
 * reviewer and an auditor see is what was decided on, whatever the registry says later.
 */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static String write(Assessment assessment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scheduleId", assessment.scheduleId());
        json.put("parameters", assessment.configuration().parameters());
        ApplicationInput input = assessment.input();
        json.put("input", object("enterprise", input.enterprise().value(), "applicationDate", input.applicationDate(),
                "fields", input.fields()));
        json.put("facts", facts(assessment.facts()));
        json.put("eligibility", assessment.eligibility().results().stream().map(result -> object("condition",
                result.condition(), "met", result.met(), "explanation", text(result.explanation()))).toList());
        json.put("award", assessment.award().map(AssessmentJson::award).orElse(null));
        return Json.write(json);
    }

    private static Map<String, Object> facts(RegistryFacts facts) {
        Enterprise enterprise = facts.enterprise();
        return object("enterprise", object("creditCode", enterprise.creditCode().value(), "nameZh", enterprise.nameZh(),
                        "nameEn", enterprise.nameEn(), "region", enterprise.region().code(), "sector", enterprise.sector(),
                        "parentGroup", enterprise.parentGroup(), "demo", enterprise.demo()),
                "titles", facts.titles().stream().map(title -> object("id", title.id(), "enterprise", title.enterprise().value(),
                        "tier", title.tier(), "level", title.level(), "authority", title.authority(), "batch", title.batch(),
                        "grantDate", title.grantDate(), "validUntil", title.validUntil(), "status", title.status(),
                        "endedOn", title.endedOn(), "predecessorId", title.predecessorId())).toList(),
                "figures", facts.figures().stream().map(figures -> object("fiscalYear", figures.fiscalYear(),
                        "employees", figures.employees(), "rdStaff", figures.rdStaff(), "revenue", figures.revenue(),
                        "mainBusinessRevenue", figures.mainBusinessRevenue(), "totalAssets", figures.totalAssets(),
                        "totalLiabilities", figures.totalLiabilities(), "rdExpense", figures.rdExpense(),
                        "netProfit", figures.netProfit(), "newEquityFinancing", figures.newEquityFinancing(),
                        "classOneIp", figures.classOneIp(), "otherIp", figures.otherIp(),
                        "marketSharePercent", figures.marketSharePercent(), "yearsInSegment", figures.yearsInSegment(),
                        "scienceAward", figures.scienceAward())).toList());
    }

    private static Map<String, Object> award(AwardCalculation award) {
        return object("amount", award.amount().yuan(),
                "steps", award.steps().stream().map(step -> object("name", step.name(), "figure", step.figure(),
                        "amount", step.amount(), "text", text(step.text()))).toList(),
                "tranches", award.plan().tranches().stream().map(tranche -> object("number", tranche.number(),
                        "amount", tranche.amount().yuan(), "fiscalYear", tranche.fiscalYear(),
                        "conditionalOnReview", tranche.conditionalOnReview())).toList());
    }

    private static Map<String, Object> text(BilingualText text) {
        return object("zh", text.zh(), "en", text.en());
    }

    /** Alternating names and values; money as its yuan, dates and enums as text. */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value instanceof Money money) {
                value = money.yuan();
            } else if (value instanceof LocalDate || value instanceof Enum<?>) {
                value = value.toString();
            }
            object.put((String) namesAndValues[i], value);
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    static Assessment read(String text) {
        Map<String, Object> json = (Map<String, Object>) Json.parse(text);
        Map<String, Object> input = map(json.get("input"));
        Map<String, String> fields = new TreeMap<>();
        map(input.get("fields")).forEach((key, value) -> fields.put(key, (String) value));
        Map<String, String> parameters = new TreeMap<>();
        map(json.get("parameters")).forEach((key, value) -> parameters.put(key, (String) value));
        List<ConditionResult> results = list(json.get("eligibility")).stream().map(AssessmentJson::map)
                .map(result -> new ConditionResult((String) result.get("condition"), (Boolean) result.get("met"),
                        text(result.get("explanation")))).toList();
        return new Assessment((String) json.get("scheduleId"), new ScheduleConfiguration(new TreeMap<>(parameters)),
                new ApplicationInput(code(input.get("enterprise")), day(input.get("applicationDate")), fields),
                facts(map(json.get("facts"))), new Eligibility(results),
                Optional.ofNullable(json.get("award")).map(AssessmentJson::map).map(AssessmentJson::award));
    }

    private static RegistryFacts facts(Map<String, Object> facts) {
        Map<String, Object> e = map(facts.get("enterprise"));
        Enterprise enterprise = new Enterprise(code(e.get("creditCode")), (String) e.get("nameZh"), (String) e.get("nameEn"),
                RegionCode.of((String) e.get("region")), named(Sector.class, e.get("sector")), (String) e.get("parentGroup"),
                (Boolean) e.get("demo"));
        List<Title> titles = list(facts.get("titles")).stream().map(AssessmentJson::map).map(t -> new Title(
                number(t.get("id")).longValueExact(), code(t.get("enterprise")), named(Tier.class, t.get("tier")),
                named(CertifyingLevel.class, t.get("level")), (String) t.get("authority"), (String) t.get("batch"),
                day(t.get("grantDate")), day(t.get("validUntil")), named(TitleStatus.class, t.get("status")),
                day(t.get("endedOn")), longOrNull(t.get("predecessorId")))).toList();
        List<YearlyFigures> figures = list(facts.get("figures")).stream().map(AssessmentJson::map).map(f -> new YearlyFigures(
                number(f.get("fiscalYear")).intValueExact(), integer(f.get("employees")), integer(f.get("rdStaff")),
                money(f.get("revenue")), money(f.get("mainBusinessRevenue")), money(f.get("totalAssets")),
                money(f.get("totalLiabilities")), money(f.get("rdExpense")), money(f.get("netProfit")),
                money(f.get("newEquityFinancing")), integer(f.get("classOneIp")), integer(f.get("otherIp")),
                number(f.get("marketSharePercent")), integer(f.get("yearsInSegment")),
                named(ScienceAward.class, f.get("scienceAward")))).toList();
        return new RegistryFacts(enterprise, titles, figures);
    }

    private static AwardCalculation award(Map<String, Object> award) {
        List<CalculationStep> steps = list(award.get("steps")).stream().map(AssessmentJson::map).map(step -> new CalculationStep(
                (String) step.get("name"), number(step.get("figure")), number(step.get("amount")), text(step.get("text")))).toList();
        List<Tranche> tranches = list(award.get("tranches")).stream().map(AssessmentJson::map).map(tranche -> new Tranche(
                number(tranche.get("number")).intValueExact(), money(tranche.get("amount")),
                number(tranche.get("fiscalYear")).intValueExact(), (Boolean) tranche.get("conditionalOnReview"))).toList();
        return new AwardCalculation(money(award.get("amount")), steps, new InstalmentPlan(tranches));
    }

    private static BilingualText text(Object value) {
        Map<String, Object> text = map(value);
        return BilingualText.of((String) text.get("zh"), (String) text.get("en"));
    }

    /** A code the registry already accepted, possibly by its recorded override. */
    private static CreditCode code(Object value) {
        return CreditCode.overridingCheck((String) value);
    }

    private static LocalDate day(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }

    private static BigDecimal number(Object value) {
        return (BigDecimal) value;
    }

    private static Integer integer(Object value) {
        return value == null ? null : number(value).intValueExact();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : number(value).longValueExact();
    }

    private static Money money(Object value) {
        return value == null ? null : Money.ofYuan(number(value));
    }

    private static <E extends Enum<E>> E named(Class<E> type, Object value) {
        return value == null ? null : Enum.valueOf(type, (String) value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
