package org.cultivar.registry.criteria;

import java.util.ArrayList;
import java.util.List;

import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.CriterionResult.Outcome;

/**
 * A sum of indicator points judged against a minimum. It passes when the held indicators alone
 * reach the minimum and fails when even the best case of the indicators not held cannot; in
 * between it is "no data", naming what is not held, and a clerk decides with a justification.
 */
final class Score {

    private final List<Points> indicators = new ArrayList<>();

    Score add(Points points) {
        indicators.add(points);
        return this;
    }

    Score addAll(Score other) {
        indicators.addAll(other.indicators);
        return this;
    }

    int certain() {
        return indicators.stream().mapToInt(Points::certain).sum();
    }

    int atMost() {
        return indicators.stream().mapToInt(Points::atMost).sum();
    }

    CriterionResult judge(Criterion criterion, int minimum, int outOf) {
        String threshold = "≥ " + minimum + " of " + outOf + " points";
        int certain = certain();
        int atMost = atMost();
        String value = certain == atMost ? certain + " points" : certain + "–" + atMost + " points";
        if (certain >= minimum) {
            return criterion.result(value, threshold, Outcome.PASS, null);
        }
        if (atMost < minimum) {
            return criterion.result(value, threshold, Outcome.FAIL, atMost == certain ? null
                    : "at most " + atMost + " points even if every indicator not held scored in full");
        }
        List<String> notHeld = indicators.stream().map(Points::notHeld).filter(note -> note != null).toList();
        return criterion.result(value, threshold, Outcome.NO_DATA, "the figures give " + certain
                + " points; not held: " + String.join(", ", notHeld) + "; a clerk decides with a justification");
    }
}
