package org.cultivar.reports.api;

import java.math.BigInteger;
import java.util.Objects;

import org.cultivar.core.api.money.Money;

/**
 * Amounts in Chinese capital numerals (大写金额), as disbursement documents print them beside the
 * figures: 2,000,000.00 → 贰佰万元整; 1,000,005.07 → 壹佰万零伍元零柒分; 0.50 → 伍角.
 *
 * <p>Follows the writing rules of the payment and settlement measures (支付结算办法): 壹拾 for
 * ten (never 拾 alone, so nothing can be written in front), one 零 for any run of zeros inside
 * the number, 整 after 元 when there are no jiao and fen, 零 before fen when the jiao is zero.
 * Where the rules leave 零 optional (a group of four starting with a digit after 万 or 亿,
 * jiao after a zero yuan digit) it is not written.
 */
public final class CapitalNumerals {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final int[] POWERS = {1, 10, 100, 1_000};
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger ONE_THOUSAND = BigInteger.valueOf(1_000);
    private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000);
    private static final BigInteger TEN_MILLION = BigInteger.valueOf(10_000_000);

    private CapitalNumerals() {
    }

    /**
     * The amount in capital numerals, without the 人民币 prefix a template may print before it.
     *
     * @throws IllegalArgumentException for a negative amount: a document never states one in words
     */
    public static String of(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A negative amount (" + amount + ") has no capital-numeral form");
        }
        // through BigInteger: the largest storable amount has more fen than a long holds
        BigInteger[] yuanAndFen = amount.yuan().movePointRight(2).toBigIntegerExact().divideAndRemainder(HUNDRED);
        BigInteger yuan = yuanAndFen[0];
        int jiao = yuanAndFen[1].intValue() / 10;
        int fenDigit = yuanAndFen[1].intValue() % 10;
        if (amount.isZero()) {
            return "零元整";
        }
        StringBuilder words = new StringBuilder();
        if (yuan.signum() > 0) {
            words.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && fenDigit == 0) {
            return words.append('整').toString();
        }
        if (jiao > 0) {
            words.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan.signum() > 0) {
            words.append('零');
        }
        if (fenDigit > 0) {
            words.append(DIGITS.charAt(fenDigit)).append('分');
        }
        return words.toString();
    }

    /** A positive whole number: 亿 and 万 split it into groups, each written like a number below 10,000. */
    private static String integer(BigInteger n) {
        if (n.compareTo(HUNDRED_MILLION) >= 0) {
            BigInteger[] split = n.divideAndRemainder(HUNDRED_MILLION);
            return integer(split[0]) + '亿' + rest(split[1], TEN_MILLION);
        }
        if (n.compareTo(TEN_THOUSAND) >= 0) {
            BigInteger[] split = n.divideAndRemainder(TEN_THOUSAND);
            return belowTenThousand(split[0].intValue()) + '万' + rest(split[1], ONE_THOUSAND);
        }
        return belowTenThousand(n.intValue());
    }

    /** What follows 亿 or 万: nothing for zero, a 零 first when its leading digits are zeros. */
    private static String rest(BigInteger remainder, BigInteger fullGroup) {
        if (remainder.signum() == 0) {
            return "";
        }
        return (remainder.compareTo(fullGroup) < 0 ? "零" : "") + integer(remainder);
    }

    private static String belowTenThousand(int n) {
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        for (int place = 3; place >= 0; place--) {
            int digit = n / POWERS[place] % 10;
            if (digit == 0) {
                zeroPending = words.length() > 0;
                continue;
            }
            if (zeroPending) {
                words.append('零');
                zeroPending = false;
            }
            words.append(DIGITS.charAt(digit)).append(PLACES[place]);
        }
        return words.toString();
    }
}
