package org.cultivar.schedule.national.littlegiant;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Defaults: DOMAIN.md, "National support" — CNY 6 M per selected Little Giant over three years,
 * the remainder after an end-of-period performance review. Money is text in yuan, never a double.
 */
@ObjectClassDefinition(id = LittleGiantSchedule.PID, name = "中央财政支持重点“小巨人”企业 / Central funds for key Little Giants")
@interface LittleGiantConfiguration {

    @AttributeDefinition(name = "每家企业支持金额（元）/ Support per firm (CNY)")
    String amount() default "6000000";

    @AttributeDefinition(name = "分期 / Tranches",
            description = "weight:year offset, or weight:year offset:review when paid only after a passed performance review; first tranche first")
    String[] tranches() default {"1:0", "1:1", "1:2:review"};

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
