package org.cultivar.registry.criteria;

import java.math.BigDecimal;

/**
 * What one indicator of a points table contributes: the points the figures certainly give, and
 * the most it could give if what the registry does not hold (a digitalisation level, whether a
 * patent is "high-value") were in the firm's favour. Nothing is invented: unknown stays unknown.
 *
 * @param notHeld the indicator not (fully) held and its possible extra points, or {@code null}
 */
record Points(int certain, int atMost, Text notHeld) {

    static Points held(int points) {
        return new Points(points, points, null);
    }

    /** An indicator the registry has no data for at all. */
    static Points notHeld(Text indicator, int max) {
        return new Points(0, max, indicator.then(" (up to " + max + ")", "（最多" + max + "分）"));
    }

    /** An indicator the figures show only in part: at least {@code certain}, at most {@code max}. */
    static Points partly(int certain, int max, Text indicator) {
        return certain == max ? held(certain)
                : new Points(certain, max, indicator.then(" (up to " + (max - certain) + " more)", "（最多再得" + (max - certain) + "分）"));
    }

    /** Points of a measured value in a table, or the table's maximum as "not held" when the value is missing. */
    static Points of(Measure<BigDecimal> measure, Bands bands, Text indicator) {
        return measure.held() ? held(bands.points(measure.value()))
                : notHeld(indicator.then(": ", "：").then(measure.why()), bands.max());
    }
}
