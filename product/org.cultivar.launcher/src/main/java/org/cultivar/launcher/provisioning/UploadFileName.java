package org.cultivar.launcher.provisioning;

import java.util.Optional;

/**
 * The name an uploaded file was sent with. It is shown and recorded, never used as a path (the
 * stored file is named by its hash); a name with a path or control characters in it did not come
 * from a browser's file chooser, so it is refused with a clear message rather than quietly cut.
 */
final class UploadFileName {

    static final int MAX_LENGTH = 255;
    // a valid name is shown as it is, so the record holds the name the administrator saw
    private static final int SHOWN_LENGTH = MAX_LENGTH;

    private final String raw;

    private UploadFileName(String raw) {
        this.raw = raw == null ? "" : raw;
    }

    static UploadFileName of(String raw) {
        return new UploadFileName(raw);
    }

    /** Safe to show and to store: control and bidirectional-override characters replaced, length capped. */
    String display() {
        StringBuilder shown = new StringBuilder();
        raw.codePoints().forEach(c -> shown.appendCodePoint(isInvisibleOrControl(c) ? '?' : c));
        String text = shown.toString().strip();
        if (text.isEmpty()) {
            return "(no name)";
        }
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…";
    }

    /** Why the name is not acceptable, if it is not. */
    Optional<String> problem() {
        if (raw.isBlank()) {
            return Optional.of("The file has no name");
        }
        if (raw.length() > MAX_LENGTH) {
            return Optional.of("The file name is longer than " + MAX_LENGTH + " characters");
        }
        if (raw.codePoints().anyMatch(UploadFileName::isInvisibleOrControl)) {
            return Optional.of("The file name " + display() + " contains control characters");
        }
        if (raw.contains("/") || raw.contains("\\") || raw.equals("..") || raw.contains(":")) {
            return Optional.of("The file name " + display() + " contains a path; upload the jar file itself");
        }
        if (!raw.toLowerCase(java.util.Locale.ROOT).endsWith(".jar")) {
            return Optional.of("The file " + display() + " is not a .jar file");
        }
        return Optional.empty();
    }

    private static boolean isInvisibleOrControl(int c) {
        return Character.isISOControl(c)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) // bidi overrides can disguise ".jar"
                || c == 0x200E || c == 0x200F || c == 0xFEFF;
    }
}
