package org.cultivar.subsidy.payments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.PaymentStatus;

/**
 * Collects the statuses of one confirmation file and the problems found on the way. A transfer
 * named twice is refused rather than resolved: which of two contradicting answers is the bank's
 * last word cannot be known from the file.
 */
final class ConfirmedStatuses {

    private final List<PaymentStatus> statuses = new ArrayList<>();
    private final Map<String, Long> lineOfEndToEndId = new HashMap<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    void add(long line, String field, PaymentStatus status) {
        Long earlier = lineOfEndToEndId.putIfAbsent(status.endToEndId(), line);
        if (earlier != null) {
            problems.add(FieldProblem.at(line, field, "所指转账已在第 " + earlier + " 行给出状态。",
                    "names a transfer already given a status on line " + earlier));
        } else {
            statuses.add(status);
        }
    }

    void problem(long line, String field, String zh, String en) {
        problems.add(FieldProblem.at(line, field, zh, en));
    }

    /** @throws InvalidInputException if anything was wrong, so nothing of the file is used */
    StatusReport report(String originalMessageId) {
        if (problems.isEmpty() && statuses.isEmpty()) {
            problems.add(FieldProblem.of("file", "未对任何一笔转账给出最终状态（已支付、失败或退回）。",
                    "gives no final status (paid, failed or returned) for any transfer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new StatusReport(originalMessageId, statuses);
    }
}
