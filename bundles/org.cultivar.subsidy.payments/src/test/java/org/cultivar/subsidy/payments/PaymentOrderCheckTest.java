package org.cultivar.subsidy.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.Function;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.PaymentInstruction;
import org.cultivar.subsidy.api.payment.PaymentOrder;
import org.junit.jupiter.api.Test;

/** Every refusal names the instruction (line; 0 for the order) and the field, and no file of either kind is produced. */
class PaymentOrderCheckTest {

    private final PaymentFiles files = new PaymentFiles();

    @Test
    void refusesAnOrderWithoutTransfers() {
        PaymentOrder empty = order(order -> new PaymentOrder(order.messageId(), order.createdAt(), order.executionDate(),
                order.initiatingParty(), order.payer(), List.of()));

        assertRefused(empty, FieldProblem.at(0, "instructions", "支付指令中没有任何一笔贷记转账。", "the order has no credit transfer"));
    }

    @Test
    void refusesAMissingOrOverlongOrderHeader() {
        PaymentOrder order = order(o -> new PaymentOrder(" ", null, null, "局".repeat(141), o.payer(), o.instructions()));

        assertThat(problems(order)).extracting(FieldProblem::line, FieldProblem::field).containsExactly(
                tuple(0L, "messageId"), tuple(0L, "createdAt"),
                tuple(0L, "executionDate"), tuple(0L, "initiatingParty"));
        assertThat(problems(order).get(3).message()).contains("141 characters", "at most 140");
    }

    @Test
    void refusesAMessageIdLongerThanPain001Allows() {
        PaymentOrder order = order(o -> new PaymentOrder("M".repeat(36), o.createdAt(), o.executionDate(), o.initiatingParty(),
                o.payer(), o.instructions()));

        assertThat(problems(order)).singleElement().satisfies(problem -> assertThat(problem.field()).isEqualTo("messageId"));
    }

    @Test
    void refusesAPayerAccountWithABadCnapsCode() {
        BankAccount payer = new BankAccount("4402215009040000123", "广州市工业和信息化局", "中国工商银行", "10258100001");
        PaymentOrder order = order(o -> new PaymentOrder(o.messageId(), o.createdAt(), o.executionDate(), o.initiatingParty(), payer,
                o.instructions()));

        assertRefused(order, FieldProblem.at(0, "payer.cnapsCode", "须为 12 位数字（CNAPS 行号）。",
                "must be the bank branch's 12-digit CNAPS code"));
    }

    @Test
    void refusesCnapsCodesThatAreNotExactlyTwelveDigits() {
        for (String code : new String[] {"1055810001234", "10558100012X", "", " 105581000123"}) {
            assertThat(problems(Orders.withSecondLine(line -> Orders.withAccount(line, account -> new BankAccount(
                    account.accountNumber(), account.accountName(), account.bankName(), code)))))
                    .as(code).singleElement().extracting(FieldProblem::line, FieldProblem::field)
                    .containsExactly(2L, "account.cnapsCode");
        }
    }

    @Test
    void refusesAccountNumbersOutsideEightToThirtyTwoDigits() {
        for (String number : new String[] {"1234567", "1".repeat(33), "6222O21234567890", "6222--0212", "-62220212345", ""}) {
            assertThat(problems(Orders.withSecondLine(line -> Orders.withAccount(line, account -> new BankAccount(number,
                    account.accountName(), account.bankName(), account.cnapsCode())))))
                    .as(number).singleElement().extracting(FieldProblem::line, FieldProblem::field)
                    .containsExactly(2L, "account.accountNumber");
        }
    }

    @Test
    void clerksReadABadPayeeAccountInChinese() {
        assertThat(problems(Orders.withSecondLine(line -> Orders.withAccount(line, account -> new BankAccount("6222O212",
                account.accountName(), account.bankName(), "10558100012X"))))).extracting(problem -> problem.message(true)).containsExactly(
                "须为 8 至 32 位数字（各组数字之间可用空格或连字符分隔）。", "须为 12 位数字（CNAPS 行号）。");
    }

    @Test
    void everyProblemOfATerribleOrderReadsInChinese() {
        PaymentOrder terrible = new PaymentOrder("", null, null, "局\n".repeat(100), null, List.of(
                new PaymentInstruction("E", null, "", new BankAccount("x", "", "户".repeat(71), null), Money.ZERO, "\t"),
                new PaymentInstruction("E", null, null, null, null, "备".repeat(141))));

        assertThat(problems(terrible)).hasSizeGreaterThan(12).allSatisfy(problem -> assertThat(problem.messageZh()).isNotBlank());
    }

    @Test
    void acceptsAccountNumbersGroupedBySpacesOrHyphens() {
        assertThat(AccountNumber.normalised(" 6222 0212 3456 7890 ")).isEqualTo("6222021234567890");
        assertThat(AccountNumber.normalised("44-0221-5009")).isEqualTo("4402215009");
        assertThat(AccountNumber.normalised("1".repeat(32))).hasSize(32);
    }

    @Test
    void refusesBlankOverlongOrControlCharacterNames() {
        assertThat(problems(Orders.withSecondLine(line -> instruction(line, "   ", line.amount()))))
                .containsExactly(FieldProblem.at(2, "payeeName", "为空。", "is empty"));
        assertThat(problems(Orders.withSecondLine(line -> instruction(line, "名".repeat(141), line.amount()))))
                .extracting(FieldProblem::field).containsExactly("payeeName");
        assertThat(problems(Orders.withSecondLine(line -> instruction(line, "深圳小巨人\n=HYPERLINK()", line.amount()))))
                .containsExactly(FieldProblem.at(2, "payeeName", "含有控制字符（换行符、制表符等）。",
                        "contains a control character (line break, tab or similar)"));
        assertThat(problems(Orders.withSecondLine(line -> Orders.withAccount(line, account -> new BankAccount(
                account.accountNumber(), "户".repeat(71), "", account.cnapsCode())))))
                .extracting(FieldProblem::field).containsExactly("account.accountName", "account.bankName");
    }

    @Test
    void refusesZeroAndNegativeAmounts() {
        assertThat(problems(Orders.withSecondLine(line -> instruction(line, line.payeeName(), Money.ZERO))))
                .containsExactly(FieldProblem.at(2, "amount", "须大于零，而不是 0.00。", "must be more than zero, not 0.00"));
        assertThat(problems(Orders.withSecondLine(line -> instruction(line, line.payeeName(), Money.parse("-1.00")))))
                .extracting(FieldProblem::field).containsExactly("amount");
        assertThat(problems(Orders.withSecondLine(line -> instruction(line, line.payeeName(), null))))
                .containsExactly(FieldProblem.at(2, "amount", "缺失。", "is missing"));
    }

    @Test
    void refusesATotalBeyondWhatCultivarStores() {
        Money huge = Money.parse("99999999999999999.00");

        assertThat(problems(Orders.withSecondLine(line -> instruction(line, line.payeeName(), huge))))
                .extracting(FieldProblem::line, FieldProblem::field).containsExactly(tuple(2L, "amount"));
    }

    @Test
    void refusesRepeatedAndOverlongEndToEndIds() {
        assertThat(problems(Orders.withSecondLine(line -> new PaymentInstruction("GZ-E2E-1", line.payee(), line.payeeName(),
                line.account(), line.amount(), line.remittance()))))
                .containsExactly(FieldProblem.at(2, "endToEndId", "与前面某条指令的编号重复；每笔转账须有各自的编号。",
                        "repeats an earlier instruction's id; each transfer needs its own"));
        assertThat(problems(Orders.withSecondLine(line -> new PaymentInstruction("E".repeat(36), line.payee(), line.payeeName(),
                line.account(), line.amount(), line.remittance())))).extracting(FieldProblem::field).containsExactly("endToEndId");
    }

    @Test
    void refusesAMissingPayeeAndAnOverlongRemittance() {
        assertThat(problems(Orders.withSecondLine(line -> new PaymentInstruction(line.endToEndId(), null, line.payeeName(),
                line.account(), line.amount(), "备".repeat(141)))))
                .extracting(FieldProblem::field).containsExactly("payee", "remittance");
        assertThat(problems(Orders.withSecondLine(line -> new PaymentInstruction(line.endToEndId(), line.payee(), line.payeeName(),
                null, line.amount(), line.remittance())))).containsExactly(FieldProblem.at(2, "account", "缺失。", "is missing"));
    }

    @Test
    void reportsEveryBadLineAtOnce() {
        PaymentOrder order = Orders.withSecondLine(line -> instruction(line, "", Money.ZERO));

        assertThat(problems(order)).extracting(FieldProblem::field).containsExactly("payeeName", "amount");
    }

    private static PaymentInstruction instruction(PaymentInstruction line, String payeeName, Money amount) {
        return new PaymentInstruction(line.endToEndId(), line.payee(), payeeName, line.account(), amount, line.remittance());
    }

    private static PaymentOrder order(Function<PaymentOrder, PaymentOrder> change) {
        return change.apply(Orders.threeLines());
    }

    private void assertRefused(PaymentOrder order, FieldProblem expected) {
        assertThat(problems(order)).containsExactly(expected);
    }

    /** The problems both writers report; each must refuse, so neither file exists. */
    private List<FieldProblem> problems(PaymentOrder order) {
        assertThatThrownBy(() -> files.csv(order)).isInstanceOf(InvalidInputException.class);
        try {
            files.pain001(order);
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
        throw new AssertionError("the order was accepted");
    }
}
