package org.cultivar.registry.api;

import java.util.List;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;

/** Titles coming up for re-evaluation, judged against the latest figures. */
public interface ReevaluationWorklist {

    /**
     * Titles in force whose validity ends within {@code days} days from today (or already due),
     * in the region (and everything it covers), soonest first.
     */
    List<Item> items(Actor actor, int days, RegionCode region, int offset, int limit);

    record Item(Title title, Enterprise enterprise, CriteriaEvaluation evaluation) {
    }
}
