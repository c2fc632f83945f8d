package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.subsidy.api.payment.BankAccount;

/**
 * Eligibility judged again when money is about to move: the title the award rested on (or one
 * proving the same tier) must be in force on the payment day, and the enterprise must have a
 * verified payee account that passes validation.
 */
final class PaymentEligibility {

    /** The account to pay to, or why the payout is held. */
    record Judgement(BankAccount account, String holdReason) {
    }

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
            return new Judgement(null, "No " + award.titleTier().english() + " title (" + award.titleTier().chinese()
                    + ") in force on " + paymentDay + ": the title " + award.titleId()
                    + " the award rested on has expired or been revoked since approval.");
        }
        if (account.isEmpty()) {
            return new Judgement(null, "The enterprise has no verified payee account.");
        }
        List<FieldProblem> problems = PayeeAccountRules.problems(account.get());
        if (!problems.isEmpty()) {
            return new Judgement(null, "The payee account fails validation: " + problems.stream().map(FieldProblem::toString)
                    .reduce((a, b) -> a + "; " + b).orElseThrow());
        }
        return new Judgement(account.get(), null);
    }
}
