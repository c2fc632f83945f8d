package org.cultivar.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.process.ApprovalDecision;

/**
 * The two numbers a disbursement notice carries, both derived and never stored, so the same
 * payout prints the same numbers on every reprint.
 *
 * <p>Document number: {@code 〔<fiscal year>〕拨字第<payout id, 8 digits>号}.
 *
 * <p>Verification code: the first 12 hexadecimal digits (upper case, in groups of four) of
 * SHA-256 over the UTF-8 text
 * <pre>
 * payout:&lt;payout id&gt;\n
 * amount:&lt;amount in yuan, plain, two decimals&gt;\n
 * decision:&lt;step&gt;|&lt;actor id&gt;|&lt;verdict&gt;|&lt;decided at, ISO-8601 UTC&gt;\n   (one per decision, as stored: oldest first, returns included)
 * </pre>
 * An auditor recomputes it from the payout and the application's decisions in the audit trail:
 * a notice whose amount or approvals were altered on paper no longer matches.
 */
final class NoticeNumbers {

    private NoticeNumbers() {
    }

    static String documentNumber(long payoutId, int fiscalYear) {
        return String.format(Locale.ROOT, "〔%d〕拨字第%08d号", fiscalYear, payoutId);
    }

    static String verificationCode(long payoutId, Money amount, List<ApprovalDecision> decisions) {
        StringBuilder text = new StringBuilder()
                .append("payout:").append(payoutId).append('\n')
                .append("amount:").append(amount.yuan().toPlainString()).append('\n');
        for (ApprovalDecision decision : decisions) {
            text.append("decision:").append(decision.step()).append('|').append(decision.actorId()).append('|')
                    .append(decision.verdict()).append('|').append(decision.decidedAt()).append('\n');
        }
        String hex = HexFormat.of().withUpperCase().formatHex(sha256(text.toString())).substring(0, 12);
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
