package org.cultivar.schedule.shenzhen.cultivation;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Demo defaults, not policy: a consultancy blog's unverified Shenzhen figures (CNY 1 M provincial
 * title, CNY 3 M Little Giant; reference/criteria.md §4.5). Officials set the real amounts.
 * Money is text in yuan, never a double.
 */
@ObjectClassDefinition(id = CultivationSchedule.PID, name = "深圳市专精特新企业奖励 / Shenzhen cultivation award")
@interface CultivationConfiguration {

    @AttributeDefinition(name = "专精特新中小企业奖励（元）/ Specialized SME award (CNY)")
    String specializedSmeAmount() default "1000000";

    @AttributeDefinition(name = "小巨人企业奖励（元）/ Little Giant award (CNY)")
    String littleGiantAmount() default "3000000";

    @AttributeDefinition(name = "晋级差额补足 / Top up on promotion",
            description = "就高不重复，差额补足: a promoted firm receives the difference to the higher award, not both in full")
    boolean topUpOnPromotion() default true;

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
