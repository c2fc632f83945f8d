package org.cultivar.registry;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bigrams of a Chinese name for substring search: each pair of neighbouring code points of
 * the lower-cased name, packed into 32 bits (16 per character; a character above U+FFFF keeps its
 * low 16 bits, so it may share a bigram with another: a false candidate that the LIKE condition
 * removes). Any substring of two or more characters contains at least one of them, so a name
 * matching the text is among the enterprises holding the text's rarest bigram.
 */
final class NameGrams {

    private NameGrams() {
    }

    static Set<Long> of(String text) {
        int[] codePoints = normalise(text).codePoints().toArray();
        Set<Long> grams = new TreeSet<>();
        for (int i = 0; i + 1 < codePoints.length; i++) {
            grams.add(((long) (codePoints[i] & 0xFFFF) << 16) | (codePoints[i + 1] & 0xFFFF));
        }
        return grams;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
