package org.cultivar.subsidy.api.process;

import java.util.Objects;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CreditCode;

/**
 * A payment instruction for one tranche of an award.
 *
 * @param holdReason   why the payout is held or failed, in the clerk's words, or {@code null}
 * @param batchId      the disbursement batch carrying it, or {@code null}
 * @param holdReasonZh the same reason in Chinese where the engine gave it (a reason someone wrote
 *                     is kept as written, in {@code holdReason} only), or {@code null}
 */
public record Payout(long id, long version, long awardId, String scheduleId, CreditCode enterprise, int tranche,
                     Money amount, int fiscalYear, boolean conditionalOnReview, Status status, String holdReason,
                     Long batchId, String holdReasonZh) {

    /** A payout whose reason, if any, is in one wording only. */
    public Payout(long id, long version, long awardId, String scheduleId, CreditCode enterprise, int tranche,
                  Money amount, int fiscalYear, boolean conditionalOnReview, Status status, String holdReason, Long batchId) {
        this(id, version, awardId, scheduleId, enterprise, tranche, amount, fiscalYear, conditionalOnReview, status, holdReason,
                batchId, null);
    }

    public enum Status {
        /** Its fiscal year has not come, or its performance review has not passed yet. */
        PLANNED("计划中"),
        READY("待拨付"),
        /** Eligibility failed when the money was about to move (title expired or revoked, account unverified). */
        HELD("暂缓"),
        IN_BATCH("批次中"),
        /** In a payment file handed to the bank. */
        SENT("已发送"),
        PAID("已支付"),
        FAILED("失败"),
        RETURNED("银行退回"),
        CANCELLED("已取消");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        /** The status as the Chinese screens name it, for messages worded in Chinese. */
        public String chinese() {
            return chinese;
        }
    }

    public Payout {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
    }

    /** The reason in Chinese where {@code chinese} is asked for and there is one, else as stored; null when there is none. */
    public String holdReason(boolean chinese) {
        return chinese && holdReasonZh != null ? holdReasonZh : holdReason;
    }
}
