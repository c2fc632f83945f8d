package org.cultivar.subsidy.api.process;

import org.cultivar.subsidy.api.BilingualText;

/**
 * The change lost a race or would break a limit: the record changed since the caller read it
 * (another clerk acted first), or the budget has not enough left. Nothing was changed; the
 * message says what happened in words a clerk understands, in Chinese and English where the
 * engine words it so ({@link #text()}), in English otherwise.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final BilingualText text;

    public ConflictException(String message) {
        super(message);
        this.text = null;
    }

    /** @since 1.4 */
    public ConflictException(BilingualText text) {
        super(text.en());
        this.text = text;
    }

    /** What a clerk reads: the Chinese and English wording, or the English message in both. @since 1.4 */
    public BilingualText text() {
        return text != null ? text : BilingualText.of(getMessage(), getMessage());
    }
}
