package org.cultivar.core.api.testing;

/**
 * Text as a person (or an XML test report) can read it. Hostile input must come back out in
 * messages and reports only in this form: invisible characters by code point, long text cut.
 */
public final class Printable {

    /** Longer error messages are not "clear", and an echo of megabytes of input bloats every log. */
    public static final int LONGEST_MESSAGE = 300;

    private static final int SHOWN = 40;

    private Printable() {
    }

    /** Quoted, with invisible characters as {@code \\uXXXX}, cut after 40 characters. */
    public static String of(String text) {
        return of(text, SHOWN);
    }

    /** Quoted, with invisible characters as {@code \\uXXXX}, cut after {@code shown} characters. */
    public static String of(String text, int shown) {
        if (text == null) {
            return "(null)";
        }
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().limit(shown).forEach(codePoint -> {
            if (visible(codePoint)) {
                quoted.appendCodePoint(codePoint);
            } else {
                quoted.append(String.format("\\u%04X", codePoint));
            }
        });
        quoted.append('"');
        int length = text.codePointCount(0, text.length());
        return length > shown ? quoted + "… (" + length + " characters)" : quoted.toString();
    }

    /** Whether a message is one line of visible characters, short enough to read and to log. */
    public static boolean isOneShortLine(String message) {
        return message != null && !message.isBlank() && message.length() <= LONGEST_MESSAGE
                && message.codePoints().allMatch(Printable::visible);
    }

    /** Letters, digits, marks, punctuation, symbols and the plain space; nothing that hides, moves or breaks text. */
    public static boolean visible(int codePoint) {
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
