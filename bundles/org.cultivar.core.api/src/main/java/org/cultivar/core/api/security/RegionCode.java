package org.cultivar.core.api.security;

import java.util.regex.Pattern;

/**
 * A GB/T 2260 administrative division code: six digits, e.g. 440000 Guangdong, 440100
 * Guangzhou, 440106 Tianhe district; 100000 stands for national scope.
 */
public record RegionCode(String code) {

    // before NATIONAL: static fields are set in order, and NATIONAL's constructor uses it
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public static final RegionCode NATIONAL = new RegionCode("100000");

    public RegionCode {
        if (code == null || !SIX_DIGITS.matcher(code).matches()) {
            throw new IllegalArgumentException("Region code must be six digits (GB/T 2260), got " + quoted(code));
        }
    }

    /**
     * Enough of the input to recognise it, with anything but ASCII, letters and digits as code
     * points: hostile input must neither flood a log nor break or hide in its lines.
     */
    private static String quoted(String input) {
        if (input == null) {
            return "nothing";
        }
        StringBuilder quoted = new StringBuilder("\"");
        input.codePoints().limit(12).forEach(c -> {
            if (c >= ' ' && c <= '~' || Character.isLetterOrDigit(c)) {
                quoted.appendCodePoint(c);
            } else {
                quoted.append(String.format("\\u%04X", c));
            }
        });
        quoted.append('"');
        int length = input.codePointCount(0, input.length());
        return length > 12 ? quoted + "… (" + length + " characters)" : quoted.toString();
    }

    public static RegionCode of(String code) {
        return new RegionCode(code);
    }

    public boolean isNational() {
        return equals(NATIONAL);
    }

    public boolean isProvince() {
        return !isNational() && code.endsWith("0000");
    }

    public boolean isCity() {
        return !isProvince() && !isNational() && code.endsWith("00");
    }

    /**
     * Whether this scope covers {@code other}: national covers everything, a province its
     * cities and districts, a city its districts, every code itself.
     */
    public boolean covers(RegionCode other) {
        if (isNational() || equals(other)) {
            return true;
        }
        if (isProvince()) {
            return other.code.startsWith(code.substring(0, 2)) && !other.isNational();
        }
        if (isCity()) {
            return other.code.startsWith(code.substring(0, 4));
        }
        return false;
    }

    @Override
    public String toString() {
        return code;
    }
}
