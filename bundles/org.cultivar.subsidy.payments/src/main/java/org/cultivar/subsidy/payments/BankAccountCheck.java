package org.cultivar.subsidy.payments;

import java.util.List;
import java.util.regex.Pattern;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.subsidy.api.payment.BankAccount;

/** Checks a payer's or payee's account before it goes into a payment file. */
final class BankAccountCheck {

    /** The CNAPS bank code (大额支付系统行号) of the account's branch: exactly 12 digits. */
    private static final Pattern CNAPS_CODE = Pattern.compile("\\d{12}");

    private BankAccountCheck() {
    }

    /**
     * @param prefix the field name the problems start with, e.g. {@code payer} or {@code account}
     */
    static void check(List<FieldProblem> problems, long line, String prefix, BankAccount account) {
        if (account == null) {
            problems.add(FieldProblem.at(line, prefix, "缺失。", "is missing"));
            return;
        }
        if (AccountNumber.normalised(account.accountNumber()) == null) {
            problems.add(FieldProblem.at(line, prefix + ".accountNumber", "须为 " + AccountNumber.MINIMUM_DIGITS + " 至 "
                    + AccountNumber.MAXIMUM_DIGITS + " 位数字（各组数字之间可用空格或连字符分隔）。", "must be " + AccountNumber.MINIMUM_DIGITS
                    + " to " + AccountNumber.MAXIMUM_DIGITS + " digits (spaces or hyphens between groups are allowed)"));
        }
        TextField.required(problems, line, prefix + ".accountName", account.accountName(), Pain001Limits.ACCOUNT_NAME);
        TextField.required(problems, line, prefix + ".bankName", account.bankName(), Pain001Limits.NAME);
        if (account.cnapsCode() == null || !CNAPS_CODE.matcher(account.cnapsCode()).matches()) {
            problems.add(FieldProblem.at(line, prefix + ".cnapsCode", "须为 12 位数字（CNAPS 行号）。",
                    "must be the bank branch's 12-digit CNAPS code"));
        }
    }
}
