package org.cultivar.schedule.guangzhou.relocation;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Defaults: DOMAIN.md, "Guangzhou's subsidies" (CNY 2 M). The day and the output per mu are
 * Huangpu's (reference/criteria.md §4.4: measures of 2021-09-17, output per mu at least CNY 15 M),
 * unverified for the city. Money is text in yuan, never a double.
 */
@ObjectClassDefinition(id = RelocationSchedule.PID, name = "广州市迁入奖励 / Guangzhou relocation award")
@interface RelocationConfiguration {

    @AttributeDefinition(name = "奖励金额（元）/ Award (CNY)")
    String amount() default "2000000";

    @AttributeDefinition(name = "迁入不早于 / Relocated on or after", description = "yyyy-MM-dd")
    String relocatedSince() default "2021-09-17";

    @AttributeDefinition(name = "最低亩均产值（元）/ Minimum output per mu (CNY)",
            description = "Last fiscal year's revenue per mu of land; blank: no such condition", required = false)
    String minimumOutputPerMu() default "15000000";

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
