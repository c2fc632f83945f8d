package org.cultivar.schedule.guangzhou.newgiant;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Defaults: DOMAIN.md — Guangzhou's 2025 measures pay newly certified Little Giants up to CNY 1 M
 * without an application; the measures were issued on 2025-08-23 (reference/criteria.md §4.3).
 * Money is text in yuan, never a double.
 */
@ObjectClassDefinition(id = NewGiantSchedule.PID, name = "广州市新认定小巨人奖励（免申即享）/ Guangzhou new Little Giant award")
@interface NewGiantConfiguration {

    @AttributeDefinition(name = "奖励金额（元）/ Award (CNY)")
    String amount() default "1000000";

    @AttributeDefinition(name = "称号认定不早于 / Title granted on or after", description = "yyyy-MM-dd: earlier Little Giants are not new")
    String grantedSince() default "2025-08-23";

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
