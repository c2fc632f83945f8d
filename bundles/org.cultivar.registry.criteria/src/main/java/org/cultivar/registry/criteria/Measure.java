package org.cultivar.registry.criteria;

import java.util.function.Function;

/**
 * A value taken from the figures, or what kept it from being known ("no figures for 2023",
 * "revenue of 2024 not reported"): criteria report the latter as "no data" rather than failing.
 */
record Measure<T>(T value, String missing) {

    static <T> Measure<T> of(T value) {
        return new Measure<>(value, null);
    }

    static <T> Measure<T> missing(String why) {
        return new Measure<>(null, why);
    }

    boolean held() {
        return value != null;
    }

    <R> Measure<R> map(Function<T, R> mapping) {
        return held() ? of(mapping.apply(value)) : missing(missing);
    }
}
