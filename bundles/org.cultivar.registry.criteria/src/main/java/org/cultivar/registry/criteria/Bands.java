package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A points table of a scoring standard: bands checked best first, 0 points below the last.
 * A value exactly on an edge belongs to the higher band (criteria.md "Band edges": 以上/以下
 * include the boundary), so rising bands are "≥ edge" and falling bands "≤ edge"; a table
 * that states "≥ 70% → 0" explicitly uses {@link #below}.
 */
final class Bands {

    private record Band(BigDecimal edge, int sign, boolean inclusive, int points) {
        boolean contains(BigDecimal value) {
            int comparison = value.compareTo(edge) * sign;
            return comparison > 0 || inclusive && comparison == 0;
        }
    }

    private final List<Band> bands;

    private Bands(List<Band> bands) {
        this.bands = List.copyOf(bands);
    }

    static Bands none() {
        return new Bands(List.of());
    }

    /** Adds the band "value ≥ edge". */
    Bands from(String edge, int points) {
        return with(new Band(new BigDecimal(edge), 1, true, points));
    }

    /** Adds the band "value ≤ edge". */
    Bands upTo(String edge, int points) {
        return with(new Band(new BigDecimal(edge), -1, true, points));
    }

    /** Adds the band "value &lt; edge". */
    Bands below(String edge, int points) {
        return with(new Band(new BigDecimal(edge), -1, false, points));
    }

    int points(BigDecimal value) {
        return bands.stream().filter(band -> band.contains(value)).findFirst().map(Band::points).orElse(0);
    }

    int max() {
        return bands.stream().mapToInt(Band::points).max().orElse(0);
    }

    private Bands with(Band band) {
        List<Band> more = new ArrayList<>(bands);
        more.add(band);
        return new Bands(more);
    }
}
