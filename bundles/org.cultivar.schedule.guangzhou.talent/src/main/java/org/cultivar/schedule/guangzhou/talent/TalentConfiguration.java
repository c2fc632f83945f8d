package org.cultivar.schedule.guangzhou.talent;

import org.cultivar.registry.api.Tier;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Defaults: DOMAIN.md, "Guangzhou's subsidies" (the MERICS report's figures). Money is text in yuan, never a double. */
@ObjectClassDefinition(id = TalentSchedule.PID, name = "广州市人才支持 / Guangzhou talent support")
@interface TalentConfiguration {

    @AttributeDefinition(name = "每年补贴上限（元）/ Yearly cap (CNY)", description = "The most one enterprise receives per fiscal year for talent support")
    String yearlyCap() default "200000";

    @AttributeDefinition(name = "最低称号 / Lowest title held")
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
