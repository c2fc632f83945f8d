package org.cultivar.subsidy;

import java.util.List;

import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.process.Payout;

/**
 * Puts planned tranches in the queue once their fiscal year has begun: a multi-year award
 * commits every tranche to its own year's budget at approval, and the later ones wait as
 * PLANNED. A tranche still waiting for its performance review stays until an official records
 * the review. Each release is audited; the ledger does not move (the money was committed at
 * approval, it is disbursed when paid).
 */
final class TrancheRelease {

    private static final int CHUNK = 500;

    private final EngineContext engine;

    TrancheRelease(EngineContext engine) {
        this.engine = engine;
    }

    /** Releases every due tranche, a chunk per transaction; returns how many. */
    int releaseDue() {
        int year = engine.today().getYear();
        int released = 0;
        while (true) {
            int chunk = engine.transactions().required(c -> {
                List<PayoutTable.Stored> due = PayoutTable.plannedDue(c, year, CHUNK);
                for (PayoutTable.Stored stored : due) {
                    Payout payout = stored.payout();
                    PayoutTable.move(c, payout.id(), payout.version(), Payout.Status.READY, null, null);
                    engine.changed(Actor.SYSTEM, "payout", payout.id(), stored.region(), "RELEASED",
                            AuditJson.object("fiscalYear", payout.fiscalYear(), "tranche", payout.tranche()));
                }
                return due.size();
            });
            released += chunk;
            if (chunk < CHUNK) {
                return released;
            }
        }
    }
}
