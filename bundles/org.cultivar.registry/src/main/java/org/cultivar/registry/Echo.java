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
        return echo(input, false);
    }

    /** The same part for a Chinese message: in “” quotes, its length told in Chinese. */
    static String zh(String input) {
        return echo(input, true);
    }

    private static String echo(String input, boolean chinese) {
        if (input == null) {
            return chinese ? "空值" : "nothing";
        }
        StringBuilder quoted = new StringBuilder(chinese ? "“" : "\"");
        input.codePoints().limit(SHOWN).forEach(c -> {
            if (c > ' ' && c <= '~' || c == ' ' || Character.isLetterOrDigit(c)) {
                quoted.appendCodePoint(c);
            } else {
                quoted.append(String.format("\\u%04X", c));
            }
        });
        quoted.append(chinese ? "”" : "\"");
        int length = input.codePointCount(0, input.length());
        if (length <= SHOWN) {
            return quoted.toString();
        }
        return chinese ? quoted + "…（共 " + length + " 个字符）" : quoted + "… (" + length + " characters)";
    }
}
