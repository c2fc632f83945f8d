package org.cultivar.schedule.shenzhen.equipment;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Demo defaults, not Shenzhen policy: Guangdong's provincial tech-renovation figures for the Pearl
 * River Delta (20% of new-equipment spend of at least CNY 7 M, at most CNY 15 M per project;
 * reference/criteria.md §4.2, secondary source). Money is text in yuan, never a double.
 */
@ObjectClassDefinition(id = EquipmentSchedule.PID, name = "深圳市设备更新奖励 / Shenzhen equipment renewal award")
@interface EquipmentConfiguration {

    @AttributeDefinition(name = "奖励比例（%）/ Percent of the spend")
    String percent() default "20";

    @AttributeDefinition(name = "最低设备投入（元）/ Minimum spend (CNY)", description = "A smaller spend is not accepted")
    String minimumSpend() default "7000000";

    @AttributeDefinition(name = "每个项目奖励上限（元）/ Cap per project (CNY)")
    String cap() default "15000000";

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
