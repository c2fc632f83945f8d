package org.cultivar.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.junit.jupiter.api.Test;

/** Why a payout is held, in both languages: the clerk who reads Chinese sees the account's fields by their names. */
class PaymentEligibilityTest {

    private static final AwardTable.TitleBasis NO_TITLE_NEEDED =
            new AwardTable.TitleBasis(CreditCode.parse("91440112MA5C1234XN"), null, null);

    @Test
    void anAccountThatFailsValidationHoldsThePayoutSayingWhichFieldsInBothLanguages() {
        BankAccount broken = new BankAccount("12-34", "广州企业1", "中国建设银行广州天河支行", "1055");

        PaymentEligibility.Judgement judgement = PaymentEligibility.judge(new InMemoryRegistry(), NO_TITLE_NEEDED,
                LocalDate.of(2026, 3, 2), Optional.of(broken));

        assertThat(judgement.account()).isNull();
        assertThat(judgement.holdReason()).isEqualTo("The payee account fails validation: accountNumber: must be 6 to 34 digits; "
                + "cnapsCode: must be the 12-digit CNAPS bank code");
        assertThat(judgement.holdReasonZh()).isEqualTo("收款账户未通过校验：账号须为 6 至 34 位数字。联行号须为 12 位数字（CNAPS 行号）。");
    }

    @Test
    void aValidAccountIsPaidWithNoReason() {
        BankAccount account = new BankAccount("6217000010002000300", "广州企业1", "中国建设银行广州天河支行", "105581000022");

        PaymentEligibility.Judgement judgement = PaymentEligibility.judge(new InMemoryRegistry(), NO_TITLE_NEEDED,
                LocalDate.of(2026, 3, 2), Optional.of(account));

        assertThat(judgement.account()).isEqualTo(account);
        assertThat(judgement.holdReason()).isNull();
        assertThat(judgement.holdReasonZh()).isNull();
    }
}
