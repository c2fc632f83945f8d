package org.cultivar.registry.criteria;

import java.util.function.Function;

/**
 * A value taken from the figures, or what kept it from being known ("no figures for 2023",
 * "revenue of 2024 not reported", in English and Chinese): criteria report the latter as "no
 * data" rather than failing.
 */
record Measure<T>(T value, String missing, String missingZh) {

    static <T> Measure<T> of(T value) {
        return new Measure<>(value, null, null);
    }

    static <T> Measure<T> missing(String why, String whyZh) {
        return new Measure<>(null, why, whyZh);
    }

    /** Missing for the reason {@code other} is. */
    static <T> Measure<T> missingAs(Measure<?> other) {
        return new Measure<>(null, other.missing, other.missingZh);
    }

    boolean held() {
        return value != null;
    }

    /** Why the value is missing, in both languages. */
    Text why() {
        return new Text(missing, missingZh);
    }

    <R> Measure<R> map(Function<T, R> mapping) {
        return held() ? of(mapping.apply(value)) : missingAs(this);
    }
}
