package org.cultivar.registry;

/**
 * The part of an input a message may show: quoted, at most {@value #SHOWN} characters, anything
 * but ASCII, letters and digits as code points, so hostile input can neither flood a message
 * nor hide or break lines in it.
 */
final class Echo {

    static final int SHOWN = 30;

    private Echo() {
    }

    static String of(String input) {
        if (input == null) {
            return "nothing";
        }
        StringBuilder quoted = new StringBuilder("\"");
        input.codePoints().limit(SHOWN).forEach(c -> {
            if (c > ' ' && c <= '~' || c == ' ' || Character.isLetterOrDigit(c)) {
                quoted.appendCodePoint(c);
            } else {
                quoted.append(String.format("\\u%04X", c));
            }
        });
        quoted.append('"');
        int length = input.codePointCount(0, input.length());
        return length > SHOWN ? quoted + "… (" + length + " characters)" : quoted.toString();
    }
}
