package org.cultivar.subsidy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Sector;

/** Enterprises, amounts and contexts the tests share. */
public final class Fixtures {

    public static final RegionCode GUANGZHOU = RegionCode.of("440100");
    public static final RegionCode HUANGPU = RegionCode.of("440112");
    /** A Huangpu (Guangzhou) enterprise. */
    public static final CreditCode HUANGPU_FIRM = CreditCode.parse("91440112MA5C1234XN");
    /** A Shenzhen enterprise. */
    public static final CreditCode SHENZHEN_FIRM = CreditCode.parse("914403001922038216");

    private Fixtures() {
    }

    public static Enterprise enterprise(CreditCode code, RegionCode region) {
        return new Enterprise(code, "测试企业", "Test Co.", region, Sector.ROBOTICS_AND_CNC, null, false);
    }

    /** A registry that knows the Huangpu firm (in Huangpu) and the Shenzhen firm. */
    public static FakeRegistry registry() {
        return new FakeRegistry().enterprise(enterprise(HUANGPU_FIRM, HUANGPU))
                .enterprise(enterprise(SHENZHEN_FIRM, RegionCode.of("440300")));
    }

    public static Money yuan(String amount) {
        return Money.parse(amount);
    }

    /** Millions of yuan, as the policy texts write them. */
    public static Money millions(String amount) {
        return Money.ofYuan(new BigDecimal(amount).movePointRight(6));
    }

    public static PriorAward prior(long id, String scheduleId, String purpose, Long titleId, Money amount, int fiscalYear) {
        return new PriorAward(id, scheduleId, GUANGZHOU, Set.of(purpose), titleId, amount, fiscalYear);
    }

    /** A context for a Guangzhou schedule {@code test.schedule}, as an assessment would make it. */
    public static ApplicationContext context(FakeRegistry registry, ApplicationForm form, Map<String, String> fields,
                                             LocalDate applicationDate, PriorAwards prior) {
        ApplicationInput input = new ApplicationInput(HUANGPU_FIRM, applicationDate, fields);
        return new ApplicationContext("test.schedule", GUANGZHOU, input, form.read(fields, applicationDate),
                registry.enterprise(HUANGPU_FIRM).orElseThrow(), registry, prior);
    }

    public static ApplicationContext context(FakeRegistry registry, LocalDate applicationDate) {
        return context(registry, ApplicationForm.of(), Map.of(), applicationDate, PriorAwards.NONE);
    }
}
