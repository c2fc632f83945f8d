package org.cultivar.web.subsidy;

import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Recovery;

/**
 * The clerk's worklists in the order work flows: applications by their status, then payouts by
 * theirs, then recoveries. Each names the engine status whose worklist it shows.
 */
enum Worklist {
    NEW(Application.Status.DRAFT),
    AWAITING_DECISION(Application.Status.AWAITING_DECISION),
    RETURNED(Application.Status.RETURNED),
    APPROVED(Application.Status.APPROVED),
    READY(Payout.Status.READY),
    HELD(Payout.Status.HELD),
    IN_BATCH(Payout.Status.IN_BATCH),
    SENT(Payout.Status.SENT),
    PAID(Payout.Status.PAID),
    FAILED(Payout.Status.FAILED),
    RETURNED_BY_BANK(Payout.Status.RETURNED),
    RECOVERIES(Recovery.Status.OPEN);

    final Enum<?> status;

    Worklist(Enum<?> status) {
        this.status = status;
    }

    String label() {
        return SubsidyLabels.text("subsidy.worklist." + name());
    }
}
