package org.cultivar.subsidy;

import java.util.ArrayList;
import java.util.List;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.subsidy.api.payment.BankAccount;

/** What a mainland payee account must look like before money is sent to it. */
final class PayeeAccountRules {

    private PayeeAccountRules() {
    }

    static List<FieldProblem> problems(BankAccount account) {
        List<FieldProblem> problems = new ArrayList<>();
        if (account.accountNumber() == null || !account.accountNumber().matches("\\d{6,34}")) {
            problems.add(FieldProblem.of("accountNumber", "须为 6 至 34 位数字。", "must be 6 to 34 digits"));
        }
        if (blankOrLong(account.accountName(), 200)) {
            problems.add(FieldProblem.of("accountName", "为必填项，最多 200 个字符。", "is required, at most 200 characters"));
        }
        if (blankOrLong(account.bankName(), 200)) {
            problems.add(FieldProblem.of("bankName", "为必填项，最多 200 个字符。", "is required, at most 200 characters"));
        }
        if (account.cnapsCode() == null || !account.cnapsCode().matches("\\d{12}")) {
            problems.add(FieldProblem.of("cnapsCode", "须为 12 位数字（CNAPS 行号）。", "must be the 12-digit CNAPS bank code"));
        }
        return problems;
    }

    private static boolean blankOrLong(String text, int maximum) {
        return text == null || text.isBlank() || text.length() > maximum
                || text.chars().anyMatch(Character::isISOControl);
    }
}
