package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.subsidy.api.payment.Confirmation;
import org.cultivar.subsidy.api.payment.PaymentStatus;
import org.cultivar.subsidy.api.process.ConfirmationPreview;
import org.cultivar.subsidy.api.process.Payout;

/**
 * A read confirmation matched against what was sent: the batch its message id names, and for
 * each status the payout of that batch its end-to-end id names. Anything else is a problem
 * naming the line, and a file with problems is never applied.
 */
final class ConfirmationMatching {

    /**
     * The matched lines, or the problems; the batch if the message id named one, and its payouts
     * by id as read for matching (what applying judges the lines against).
     */
    record Matched(Optional<BatchTable.Stored> batch, List<ConfirmationPreview.Line> lines, List<FieldProblem> problems,
                   Map<Long, PayoutTable.Stored> payouts) {
    }

    private ConfirmationMatching() {
    }

    static Matched match(Connection c, Confirmation confirmation, boolean fileApplied) throws SQLException {
        Optional<BatchTable.Stored> batch = BatchTable.byMessageId(c, confirmation.originalMessageId());
        if (batch.isEmpty()) {
            return new Matched(batch, List.of(), List.of(FieldProblem.of("originalMessageId", "答复的是支付文件 "
                    + confirmation.originalMessageId() + "，而该文件并非本系统发出。", "answers the payment file "
                    + confirmation.originalMessageId() + ", which Cultivar did not send")), Map.of());
        }
        // the batch's payouts read once, not once per line: a confirmation answers a whole file
        Map<Long, PayoutTable.Stored> ofBatch = new HashMap<>();
        for (PayoutTable.Stored payout : PayoutTable.ofBatch(c, batch.get().batch().id())) {
            ofBatch.put(payout.payout().id(), payout);
        }
        List<ConfirmationPreview.Line> lines = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, Long> lineOfPayout = new HashMap<>();
        long line = 0;
        for (PaymentStatus status : confirmation.statuses()) {
            line++;
            Optional<PayoutTable.Stored> payout = PaymentReferences.payoutId(status.endToEndId()).map(ofBatch::get);
            if (payout.isEmpty()) {
                problems.add(FieldProblem.at(line, "endToEndId", "“" + status.endToEndId() + "” 不是拨付批次 "
                        + batch.get().batch().id() + " 中的拨付。", "\"" + status.endToEndId() + "\" is no payout of batch "
                        + batch.get().batch().id()));
                continue;
            }
            Long earlier = lineOfPayout.putIfAbsent(payout.get().payout().id(), line);
            if (earlier != null) {
                // two answers for one transfer: which is the bank's last word cannot be known from the file
                problems.add(FieldProblem.at(line, "endToEndId", "“" + status.endToEndId() + "” 对应拨付 "
                        + payout.get().payout().id() + "，该拨付已在第 " + earlier + " 行给出状态。", "\"" + status.endToEndId()
                        + "\" names payout " + payout.get().payout().id() + ", already given a status on line " + earlier));
                continue;
            }
            ConfirmationPreview.Outcome outcome = ConfirmationPreview.Outcome.valueOf(status.outcome().name());
            Payout.Status now = payout.get().payout().status();
            boolean already = fileApplied || now.name().equals(outcome.name());
            lines.add(new ConfirmationPreview.Line(line, payout.get().payout().id(), outcome, reason(status), already));
        }
        return new Matched(batch, lines, problems, ofBatch);
    }

    private static String reason(PaymentStatus status) {
        if (status.reasonCode() == null && status.reason() == null) {
            return null;
        }
        return (status.reasonCode() == null ? "" : status.reasonCode() + " ") + (status.reason() == null ? "" : status.reason());
    }

}
