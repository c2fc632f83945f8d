package org.cultivar.subsidy.payments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.PaymentInstruction;
import org.cultivar.subsidy.api.payment.PaymentOrder;

/**
 * Everything that must hold before a payment file is written. All problems are collected, so a
 * clerk sees every bad line at once; line 0 is the order itself, line N its N-th instruction.
 *
 * <p>Currency and decimals need no check here: {@link Money} is CNY by definition and refuses
 * more than two decimals when it is made; the files say CNY.
 */
final class PaymentOrderCheck {

    private PaymentOrderCheck() {
    }

    /**
     * @return the control sum: the exact total of the amounts
     * @throws InvalidInputException naming every problem; nothing may be written then
     */
    static Money totalOf(PaymentOrder order) {
        List<FieldProblem> problems = new ArrayList<>();
        TextField.required(problems, 0, "messageId", order.messageId(), Pain001Limits.IDENTIFIER);
        if (order.createdAt() == null) {
            problems.add(FieldProblem.at(0, "createdAt", "缺失。", "is missing"));
        }
        if (order.executionDate() == null) {
            problems.add(FieldProblem.at(0, "executionDate", "缺失。", "is missing"));
        }
        TextField.required(problems, 0, "initiatingParty", order.initiatingParty(), Pain001Limits.NAME);
        BankAccountCheck.check(problems, 0, "payer", order.payer());
        if (order.instructions().isEmpty()) {
            problems.add(FieldProblem.at(0, "instructions", "支付指令中没有任何一笔贷记转账。", "the order has no credit transfer"));
        }
        Money total = Money.ZERO;
        Set<String> endToEndIds = new HashSet<>();
        for (int index = 0; index < order.instructions().size(); index++) {
            PaymentInstruction instruction = order.instructions().get(index);
            long line = index + 1L;
            if (TextField.required(problems, line, "endToEndId", instruction.endToEndId(), Pain001Limits.IDENTIFIER)
                    && !endToEndIds.add(instruction.endToEndId())) {
                problems.add(FieldProblem.at(line, "endToEndId", "与前面某条指令的编号重复；每笔转账须有各自的编号。",
                        "repeats an earlier instruction's id; each transfer needs its own"));
            }
            if (instruction.payee() == null) {
                problems.add(FieldProblem.at(line, "payee", "缺失。", "is missing"));
            }
            TextField.required(problems, line, "payeeName", instruction.payeeName(), Pain001Limits.NAME);
            BankAccountCheck.check(problems, line, "account", instruction.account());
            TextField.optional(problems, line, "remittance", instruction.remittance(), Pain001Limits.NAME);
            total = addAmount(problems, line, total, instruction.amount());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return total;
    }

    private static Money addAmount(List<FieldProblem> problems, long line, Money total, Money amount) {
        if (amount == null) {
            problems.add(FieldProblem.at(line, "amount", "缺失。", "is missing"));
            return total;
        }
        if (amount.isNegative() || amount.isZero()) {
            problems.add(FieldProblem.at(line, "amount", "须大于零，而不是 " + amount + "。", "must be more than zero, not " + amount));
            return total;
        }
        try {
            return total.plus(amount);
        } catch (IllegalArgumentException beyondLimit) {
            problems.add(FieldProblem.at(line, "amount", "使支付指令的合计金额超出系统可存储的最大金额。",
                    "makes the order's total larger than any amount Cultivar stores"));
            return total;
        }
    }
}
