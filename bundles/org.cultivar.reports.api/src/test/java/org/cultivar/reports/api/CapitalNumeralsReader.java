package org.cultivar.reports.api;

import java.math.BigInteger;

/**
 * Reads capital numerals back into fen, independently of how they were written, so the
 * properties can check the conversion both ways.
 */
final class CapitalNumeralsReader {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

    private CapitalNumeralsReader() {
    }

    static long fen(String words) {
        BigInteger beforeYi = BigInteger.ZERO;
        long beforeWan = 0;
        long group = 0;
        long digit = 0;
        long yuan = 0;
        long fen = 0;
        for (char c : words.toCharArray()) {
            int value = DIGITS.indexOf(c);
            if (value >= 0) {
                digit = value;
                continue;
            }
            switch (c) {
                case '拾' -> group += digit * 10;
                case '佰' -> group += digit * 100;
                case '仟' -> group += digit * 1_000;
                case '万' -> beforeWan = (beforeWan + group + digit) * 10_000;
                case '亿' -> {
                    beforeYi = beforeYi.add(BigInteger.valueOf(beforeWan + group + digit)).multiply(BigInteger.valueOf(100_000_000));
                    beforeWan = 0;
                }
                case '元' -> yuan = beforeYi.add(BigInteger.valueOf(beforeWan + group + digit)).longValueExact();
                case '角' -> fen += digit * 10;
                case '分' -> fen += digit;
                case '整' -> {
                    continue;
                }
                default -> throw new IllegalArgumentException("Not a capital numeral: " + c + " in " + words);
            }
            if (c == '拾' || c == '佰' || c == '仟' || c == '角' || c == '分') {
                digit = 0;
            } else {
                group = 0;
                digit = 0;
            }
        }
        return Math.multiplyExact(yuan, 100) + fen;
    }
}
