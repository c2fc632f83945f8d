package org.cultivar.subsidy.demo;

import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.payment.BankAccount;

/** The payee accounts the demo's clerks verify: stable across installations and plainly not real. */
final class DemoPayeeAccount {

    private DemoPayeeAccount() {
    }

    /** An account that passes the engine's checks (6–34 digits, a 12-digit CNAPS code), derived from the credit code. */
    static BankAccount of(CreditCode enterprise, String name) {
        String digits = Integer.toUnsignedString(enterprise.value().hashCode());
        String number = "6200" + ("0000000000" + digits).substring(digits.length());
        return new BankAccount(number, name, "演示银行广州分行 Demo Bank (not real)", "999581000001");
    }
}
