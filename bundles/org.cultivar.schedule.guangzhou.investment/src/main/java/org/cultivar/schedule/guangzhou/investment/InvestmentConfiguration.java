package org.cultivar.schedule.guangzhou.investment;

import org.cultivar.registry.api.Tier;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Defaults: DOMAIN.md, "Guangzhou's subsidies" — 5% up to CNY 100 M. The bands are Huangpu's
 * table (reference/criteria.md §4.4), used once {@code mode} is {@code STEPPED}. Money is text in
 * yuan, never a double.
 */
@ObjectClassDefinition(id = InvestmentSchedule.PID, name = "广州市投资奖励 / Guangzhou investment award")
@interface InvestmentConfiguration {

    @AttributeDefinition(name = "计算方式 / Method", description = "PERCENTAGE: percent of the investment; STEPPED: amount by band, topped up on upgrade")
    InvestmentMode mode() default InvestmentMode.PERCENTAGE;

    @AttributeDefinition(name = "奖励比例（%）/ Percent", description = "Used by PERCENTAGE, e.g. 5 or 2.5")
    String percent() default "5";

    @AttributeDefinition(name = "档位 / Bands", description = "Used by STEPPED: investment from (CNY):award (CNY), lowest first")
    String[] bands() default {"100000000:5000000", "500000000:10000000", "1000000000:20000000", "2000000000:30000000",
        "3000000000:50000000", "5000000000:80000000", "10000000000:100000000"};

    @AttributeDefinition(name = "奖励上限（元）/ Cap (CNY)")
    String cap() default "100000000";

    @AttributeDefinition(name = "最低称号 / Lowest title held", description = "Huangpu's stepped award is for Little Giants")
    Tier minimumTier() default Tier.SPECIALIZED_SME;

    @AttributeDefinition(name = "受理开始 / Applications open", description = "yyyy-MM-dd; blank: open", required = false)
    String window_opens() default "";

    @AttributeDefinition(name = "受理截止 / Applications close", description = "yyyy-MM-dd, inclusive; blank: open", required = false)
    String window_closes() default "";

    @AttributeDefinition(name = "付款账号 / Payer account number", required = false)
    String payer_accountNumber() default "";

    @AttributeDefinition(name = "付款账户名称 / Payer account name", required = false)
    String payer_accountName() default "";

    @AttributeDefinition(name = "付款开户行 / Payer bank", required = false)
    String payer_bankName() default "";

    @AttributeDefinition(name = "付款行 CNAPS 行号 / Payer CNAPS code", description = "12 digits", required = false, min = "12", max = "12")
    String payer_cnapsCode() default "";
}
