package org.cultivar.registry.importer;

/**
 * The part of an input a message may repeat: enough to recognise it, at most
 * {@value #MAXIMUM} characters, with anything that could hide, break or reorder a line shown as
 * a code point. Hostile cells must neither flood a report nor forge one.
 */
final class Echo {

    static final int MAXIMUM = 40;

    private Echo() {
    }

    static String of(String input) {
        StringBuilder shown = new StringBuilder("\"");
        int offset = 0;
        int count = 0;
        while (offset < input.length() && count < MAXIMUM) {
            int codePoint = input.codePointAt(offset);
            if (codePoint >= ' ' && codePoint <= '~' || Character.isLetterOrDigit(codePoint)
                    || Character.getType(codePoint) == Character.OTHER_PUNCTUATION) {
                shown.appendCodePoint(codePoint);
            } else {
                shown.append(String.format("\\u%04X", codePoint));
            }
            offset += Character.charCount(codePoint);
            count++;
        }
        shown.append('"');
        return offset < input.length() ? shown + "… (" + ImportLimits.count(input.length()) + " characters)" : shown.toString();
    }
}
