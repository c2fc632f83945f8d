package org.cultivar.subsidy.api;

/**
 * Entered text as an error message may echo it: quoted, at most 40 characters, anything
 * invisible as its code point — hostile input must neither flood a log nor hide in its lines.
 */
final class Shown {

    private static final int SHOWN = 40;

    private Shown() {
    }

    static String quoted(String text) {
        return text == null ? "nothing" : quoted(text, "\"", "\"", "… (%d characters)");
    }

    /** The same for a Chinese message: Chinese quotation marks and wording. */
    static String quotedZh(String text) {
        return text == null ? "空值" : quoted(text, "“", "”", "…（共 %d 个字符）");
    }

    private static String quoted(String text, String open, String close, String longer) {
        int length = text.codePointCount(0, text.length());
        String shown = open + visiblePart(text) + close;
        return length > SHOWN ? shown + String.format(longer, length) : shown;
    }

    private static String visiblePart(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(SHOWN).forEach(codePoint -> {
            if (visible(codePoint)) {
                shown.appendCodePoint(codePoint);
            } else {
                shown.append(String.format("\\u%04X", codePoint));
            }
        });
        return shown.toString();
    }

    /** Letters, digits, marks, punctuation, symbols and the plain space. */
    static boolean visible(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
