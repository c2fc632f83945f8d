package org.cultivar.subsidy.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.PaymentInstruction;
import org.cultivar.subsidy.api.payment.PaymentOrder;

/** Payment orders for the tests: a Guangzhou bureau paying three firms, and variations of it. */
final class Orders {

    static final Instant CREATED_AT = Instant.parse("2026-03-02T01:30:15.123Z");
    static final BankAccount PAYER = new BankAccount("4402 2150 0904 0000 123", "广州市工业和信息化局", "中国工商银行广州分行营业部",
            "102581000013");
    private static final String[] CREDIT_CODES = {"91440112MA5C1234XN", "914403001922038216", "9144030071526726XG"};

    private Orders() {
    }

    static PaymentOrder threeLines() {
        return new PaymentOrder("GZ-2026-000017", CREATED_AT, LocalDate.of(2026, 3, 5), "广州市工业和信息化局", PAYER, List.of(
                instruction(1, "广州精工智造科技有限公司", "6222-0212-3456-7890", "2000000.00", "专精特新培育奖励 GZ-CULT-2026-0001"),
                instruction(2, "深圳小巨人电子股份有限公司", "755912345610801", "1500000.00", "小巨人升级补差 GZ-CULT-2026-0002"),
                instruction(3, "Pearl River Robotics Co., Ltd.", "121908765410502", "0.50", "rent subsidy GZ-RENT-2026-0003")));
    }

    static PaymentOrder withLines(int count) {
        List<PaymentInstruction> instructions = new ArrayList<>();
        for (int line = 1; line <= count; line++) {
            instructions.add(instruction(line, "企业" + line + "号科技有限公司", String.format("62220212%010d", line),
                    Money.ofFen(100_000L + line).toString(), "GZ-CULT-2026-" + line));
        }
        return new PaymentOrder("GZ-2026-BIG", CREATED_AT, LocalDate.of(2026, 3, 5), "广州市工业和信息化局", PAYER, instructions);
    }

    static PaymentInstruction instruction(int line, String payeeName, String accountNumber, String amount, String remittance) {
        return new PaymentInstruction("GZ-E2E-" + line, CreditCode.parse(CREDIT_CODES[(line - 1) % CREDIT_CODES.length]), payeeName,
                new BankAccount(accountNumber, payeeName, "中国建设银行广州天河支行", "105581000123"), Money.parse(amount), remittance);
    }

    /** The three-line order with its second instruction changed. */
    static PaymentOrder withSecondLine(UnaryOperator<PaymentInstruction> change) {
        PaymentOrder order = threeLines();
        List<PaymentInstruction> instructions = new ArrayList<>(order.instructions());
        instructions.set(1, change.apply(instructions.get(1)));
        return new PaymentOrder(order.messageId(), order.createdAt(), order.executionDate(), order.initiatingParty(), order.payer(),
                instructions);
    }

    static PaymentInstruction withAccount(PaymentInstruction instruction, UnaryOperator<BankAccount> change) {
        return new PaymentInstruction(instruction.endToEndId(), instruction.payee(), instruction.payeeName(),
                change.apply(instruction.account()), instruction.amount(), instruction.remittance());
    }
}
