package org.cultivar.subsidy.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.registry.api.CreditCode;

/**
 * Which enterprise ends in which state. Pure and deterministic: the same candidates (the demo
 * registry is generated from a fixed seed and searched in name order) give the same plan, so
 * two demo installations show the same worklists.
 */
final class DemoPlan {

    /** Where an application ends, in the order the worklists show them. */
    enum Target {
        /** Recorded; waiting for the second clerk's review. */
        AWAITING_REVIEW,
        /** Reviewed; waiting for the official's approval. */
        AWAITING_APPROVAL,
        /** Returned by the reviewer to the recorder for correction. */
        RETURNED,
        /** Refused by the official. */
        REJECTED,
        /** Approved; its payout is ready for a batch. */
        APPROVED,
        /** Approved and batched, but held: the enterprise has no verified payee account. */
        HELD,
        /** In a batch whose payment file has not been produced yet. */
        IN_BATCH,
        /** Paid according to the bank's confirmation. */
        PAID,
        /** Reported failed by the bank. */
        FAILED,
        /** Paid, then a recovery opened against it. */
        RECOVERY;

        boolean approved() {
            return ordinal() >= APPROVED.ordinal();
        }

        /** Whether the payout goes into the batch whose file is sent and confirmed. */
        boolean sent() {
            return this == PAID || this == FAILED || this == RECOVERY;
        }

        /** Whether the demo verifies the enterprise's payee account (HELD is held for lack of one). */
        boolean needsPayeeAccount() {
            return this == IN_BATCH || sent();
        }
    }

    record Planned(CreditCode enterprise, Target target) {
    }

    static final Map<Target, Integer> GUANGZHOU = counts(3, 2, 1, 1, 2, 1, 2, 3, 1, 1);
    /** Shenzhen stops at approval: it shows the second region's worklists and budget, not a second payment run. */
    static final Map<Target, Integer> SHENZHEN = counts(2, 1, 0, 0, 2, 0, 0, 0, 0, 0);

    private DemoPlan() {
    }

    /**
     * Assigns candidates to targets in target order; if there are too few candidates the later
     * targets get fewer (the caller logs what was made).
     */
    static List<Planned> assign(List<CreditCode> candidates, Map<Target, Integer> counts) {
        List<Planned> plan = new ArrayList<>();
        int next = 0;
        for (Target target : Target.values()) {
            for (int i = 0; i < counts.getOrDefault(target, 0) && next < candidates.size(); i++) {
                plan.add(new Planned(candidates.get(next++), target));
            }
        }
        return plan;
    }

    /**
     * One Little Giant after every three Specialized SMEs, so that both award amounts appear in
     * every state; an enterprise found under both tiers counts once.
     */
    static List<CreditCode> interleave(List<CreditCode> littleGiants, List<CreditCode> specializedSmes) {
        Set<CreditCode> merged = new LinkedHashSet<>();
        int giant = 0;
        int sme = 0;
        while (giant < littleGiants.size() || sme < specializedSmes.size()) {
            for (int i = 0; i < 3 && sme < specializedSmes.size(); i++) {
                merged.add(specializedSmes.get(sme++));
            }
            if (giant < littleGiants.size()) {
                merged.add(littleGiants.get(giant++));
            }
        }
        return List.copyOf(merged);
    }

    static int total(Map<Target, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<Target, Integer> counts(int... perTarget) {
        Map<Target, Integer> counts = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            counts.put(target, perTarget[target.ordinal()]);
        }
        return Collections.unmodifiableMap(counts);
    }
}
