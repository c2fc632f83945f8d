package org.cultivar.core.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of Chinese yuan (CNY), exact to the fen.
 *
 * <p>Money is never a {@code double}: it is a {@link BigDecimal} with scale 2, stored as
 * {@code NUMERIC(19,2)}. Arithmetic between amounts is exact; a multiplication by a rate keeps
 * full precision until {@link #rounded(BigDecimal)} rounds HALF_UP to the fen once, at the end
 * of a calculation.
 */
public final class Money implements Comparable<Money> {

    /** Largest absolute amount that fits NUMERIC(19,2). */
    public static final BigDecimal LIMIT = new BigDecimal("99999999999999999.99");

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal yuan;

    private Money(BigDecimal yuan) {
        this.yuan = yuan;
    }

    /**
     * An amount given exactly in yuan; refuses more than two decimals rather than rounding an
     * entered value silently.
     */
    public static Money ofYuan(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "amount");
        BigDecimal stripped = yuan.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new IllegalArgumentException("Amount " + yuan.toPlainString() + " has more than two decimals (fen)");
        }
        return checked(yuan.setScale(2, RoundingMode.UNNECESSARY));
    }

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,17}(\\.\\d{1,2})?");

    /** Parses a plain decimal such as {@code 2000000} or {@code 1234.50}; grouping commas are accepted. */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Amount is empty");
        }
        String cleaned = text.strip().replace(",", "");
        if (!PLAIN_DECIMAL.matcher(cleaned).matches()) {
            throw new IllegalArgumentException("Amount \"" + abbreviate(text) + "\" is not a number of yuan with at most two decimals");
        }
        return ofYuan(new BigDecimal(cleaned));
    }

    public static Money ofFen(long fen) {
        return checked(BigDecimal.valueOf(fen, 2));
    }

    /** Rounds an intermediate result HALF_UP to the fen: the single rounding step of a calculation. */
    public static Money rounded(BigDecimal exactYuan) {
        Objects.requireNonNull(exactYuan, "amount");
        return checked(exactYuan.setScale(2, RoundingMode.HALF_UP));
    }

    private static Money checked(BigDecimal scaled) {
        if (scaled.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("Amount " + scaled.toPlainString() + " is beyond the largest amount Cultivar stores");
        }
        return new Money(scaled);
    }

    /** What a message may echo: about 40 characters, anything but ASCII, letters and digits as code points. */
    private static String abbreviate(String text) {
        StringBuilder shown = new StringBuilder();
        int offset = 0;
        while (offset < text.length() && shown.length() < 40) {
            int codePoint = text.codePointAt(offset);
            if (codePoint >= ' ' && codePoint <= '~' || Character.isLetterOrDigit(codePoint)) {
                shown.appendCodePoint(codePoint);
            } else {
                shown.append(String.format("\\u%04X", codePoint));
            }
            offset += Character.charCount(codePoint);
        }
        return offset < text.length() ? shown + "…" : shown.toString();
    }

    public BigDecimal yuan() {
        return yuan;
    }

    public long fen() {
        return yuan.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return checked(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return checked(yuan.subtract(other.yuan));
    }

    /** Exact product, unrounded: round it with {@link #rounded(BigDecimal)} when the calculation ends. */
    public BigDecimal times(BigDecimal factor) {
        return yuan.multiply(factor);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && yuan.equals(m.yuan);
    }

    @Override
    public int hashCode() {
        return yuan.hashCode();
    }

    /** Plain yuan with two decimals, e.g. {@code 2000000.00}. */
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
