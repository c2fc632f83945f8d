package org.cultivar.registry;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bigrams of a Chinese name for substring search: each pair of neighbouring code points of
 * the lower-cased name, packed into one number (code points are below 2^21). Any substring of two
 * or more characters contains at least one of them, so a name matching the text is among the
 * enterprises holding the text's rarest bigram.
 */
final class NameGrams {

    private NameGrams() {
    }

    static Set<Long> of(String text) {
        int[] codePoints = normalise(text).codePoints().toArray();
        Set<Long> grams = new TreeSet<>();
        for (int i = 0; i + 1 < codePoints.length; i++) {
            grams.add(((long) codePoints[i] << 21) | codePoints[i + 1]);
        }
        return grams;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
