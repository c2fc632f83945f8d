package org.cultivar.registry.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.cultivar.core.api.money.Money;

/**
 * Reads thresholds from configuration text and collects everything that makes no sense in it
 * (a negative percentage, a share above 100%, a minimum above its maximum), so that one refusal
 * names every problem at once. Unreadable values come back as {@code null}; call {@link #verify()}
 * before using any of them.
 */
final class ThresholdReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<String> problems = new ArrayList<>();

    /** A share of a whole in percent: 0 to 100. */
    BigDecimal share(String key, String text) {
        BigDecimal percent = percent(key, text);
        if (percent != null && percent.compareTo(HUNDRED) > 0) {
            problems.add(key + " is a share and cannot exceed 100%, got " + text.strip());
        }
        return percent;
    }

    /** A non-negative percentage with no upper limit (a growth rate). */
    BigDecimal percent(String key, String text) {
        BigDecimal percent = decimal(key, text);
        if (percent != null && percent.signum() < 0) {
            problems.add(key + " cannot be negative, got " + text.strip());
            return null;
        }
        return percent;
    }

    /** A non-negative amount of yuan. */
    Money money(String key, String text) {
        try {
            Money amount = Money.parse(text);
            if (amount.isNegative()) {
                problems.add(key + " cannot be negative, got " + text.strip());
                return null;
            }
            return amount;
        } catch (IllegalArgumentException e) {
            problems.add(key + ": " + e.getMessage());
            return null;
        }
    }

    int count(String key, int value) {
        if (value < 0) {
            problems.add(key + " cannot be negative, got " + value);
        }
        return value;
    }

    LocalDate date(String key, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            problems.add(key + " must be a date like 2026-12-31, got \"" + text + "\"");
            return null;
        }
    }

    /** Records a problem when a minimum lies above its maximum. */
    <T extends Comparable<T>> void ordered(String lowKey, T low, String highKey, T high) {
        if (low != null && high != null && low.compareTo(high) > 0) {
            problems.add(lowKey + " (" + low + ") lies above " + highKey + " (" + high + ")");
        }
    }

    void problem(String problem) {
        problems.add(problem);
    }

    /** @throws RefusedConfiguration naming every problem found */
    void verify() {
        if (!problems.isEmpty()) {
            throw new RefusedConfiguration(problems);
        }
    }

    private BigDecimal decimal(String key, String text) {
        try {
            return new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.add(key + " must be a number, got \"" + text + "\"");
            return null;
        }
    }
}
