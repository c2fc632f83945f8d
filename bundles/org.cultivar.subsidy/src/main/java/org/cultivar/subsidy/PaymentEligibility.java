package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.subsidy.api.payment.BankAccount;

/**
 * Eligibility judged again when money is about to move: the title the award rested on (or one
 * proving the same tier) must be in force on the payment day, and the enterprise must have a
 * verified payee account that passes validation.
 */
final class PaymentEligibility {

    /** The account to pay to, or why the payout is held (in English and Chinese). */
    record Judgement(BankAccount account, String holdReason, String holdReasonZh) {

        static Judgement held(String zh, String en) {
            return new Judgement(null, en, zh);
        }
    }

    /** The account's fields as a clerk calls them, for the Chinese reason. */
    private static final Map<String, String> FIELDS_ZH = Map.of("accountNumber", "账号", "accountName", "户名",
            "bankName", "开户银行及网点", "cnapsCode", "联行号");

    private PaymentEligibility() {
    }

    static Judgement judge(Connection c, CertificationRegistry registry, AwardTable.Stored award, LocalDate paymentDay)
            throws SQLException {
        return judge(registry, award.titleBasis(), paymentDay, PayeeAccountBook.current(c, award.award().enterprise()));
    }

    /** The same judgement with the enterprise's current verified account already read (a batch reads them per chunk). */
    static Judgement judge(CertificationRegistry registry, AwardTable.TitleBasis award, LocalDate paymentDay,
                           Optional<BankAccount> account) {
        if (award.titleTier() != null
                && registry.titleProving(award.enterprise(), award.titleTier(), paymentDay).isEmpty()) {
            return Judgement.held(paymentDay + " 没有有效的" + award.titleTier().chinese() + "称号：资助所依据的称号 "
                    + award.titleId() + " 在批准后已到期或被撤销。", "No " + award.titleTier().english() + " title ("
                    + award.titleTier().chinese() + ") in force on " + paymentDay + ": the title " + award.titleId()
                    + " the award rested on has expired or been revoked since approval.");
        }
        if (account.isEmpty()) {
            return Judgement.held("该企业没有已核验的收款账户。", "The enterprise has no verified payee account.");
        }
        List<FieldProblem> problems = PayeeAccountRules.problems(account.get());
        if (!problems.isEmpty()) {
            return Judgement.held("收款账户未通过校验：" + problems.stream().map(problem -> FIELDS_ZH.getOrDefault(problem.field(),
                    problem.field()) + problem.message(true)).collect(Collectors.joining()),
                    "The payee account fails validation: " + problems.stream().map(FieldProblem::toString)
                    .reduce((a, b) -> a + "; " + b).orElseThrow());
        }
        return new Judgement(account.get(), null, null);
    }
}
