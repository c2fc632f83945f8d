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
        Text threshold = new Text("≥ " + minimum + " of " + outOf + " points", "≥ " + minimum + "分（满分" + outOf + "分）");
        int certain = certain();
        int atMost = atMost();
        Text value = certain == atMost ? new Text(certain + " points", certain + "分")
                : new Text(certain + "–" + atMost + " points", certain + "–" + atMost + "分");
        if (certain >= minimum) {
            return criterion.result(value, threshold, Outcome.PASS, null);
        }
        if (atMost < minimum) {
            return criterion.result(value, threshold, Outcome.FAIL, atMost == certain ? null
                    : new Text("at most " + atMost + " points even if every indicator not held scored in full",
                            "即使未记录的指标均得满分，最多" + atMost + "分"));
        }
        List<Text> notHeld = indicators.stream().map(Points::notHeld).filter(note -> note != null).toList();
        return criterion.result(value, threshold, Outcome.NO_DATA, new Text("the figures give " + certain + " points; not held: ",
                "按现有数据得" + certain + "分；未记录：").then(Text.joined(notHeld, ", ", "、"))
                .then("; a clerk decides with a justification", "；由经办人员说明理由后判断"));
    }
}
