package org.cultivar.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.cultivar.core.api.security.Actor;
import org.cultivar.reports.api.InvalidReportArgumentException;
import org.cultivar.reports.api.ReportParameter.Kind;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;

/**
 * The payouts a batch carries. The process API has no query by batch, so the actor's worklists
 * of every status a batched payout can be in are read page by page and filtered on the batch id;
 * only the batch's payouts are kept in memory.
 */
final class BatchPayouts {

    private static final List<Payout.Status> BATCHED = List.of(Payout.Status.IN_BATCH, Payout.Status.SENT,
            Payout.Status.PAID, Payout.Status.FAILED, Payout.Status.RETURNED);

    private BatchPayouts() {
    }

    /** Ordered by payout id, as the payment file lists them. */
    static List<Payout> of(Payouts payouts, Actor actor, long batchId) {
        List<Payout> found = new ArrayList<>();
        for (Payout.Status status : BATCHED) {
            for (int offset = 0; ; offset += Pages.PAGE) {
                List<Payout> page = payouts.worklist(actor, status, offset, Pages.PAGE);
                page.stream().filter(p -> Objects.equals(p.batchId(), batchId)).forEach(found::add);
                if (page.size() < Pages.PAGE) {
                    break;
                }
            }
        }
        found.sort(Comparator.comparingLong(Payout::id));
        return found;
    }

    static long batchId(String argument) {
        try {
            return Long.parseLong(argument.strip());
        } catch (NumberFormatException e) {
            throw new InvalidReportArgumentException(Kind.BATCH, "拨付批次编号应为数字，而不是“" + argument + "”。",
                    "A batch is given by its number, not \"" + argument + "\"");
        }
    }
}
