package org.cultivar.core.api.platform;

/**
 * A platform action was refused or failed; nothing was changed. Worded in English and, where the
 * thrower gave it, in Chinese for the reader of the Chinese screens (the English otherwise).
 */
public class PlatformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String chinese;

    public PlatformException(String message) {
        this(message, (String) null);
    }

    public PlatformException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @since 2.4.0 */
    public PlatformException(String message, String chinese) {
        super(message);
        this.chinese = chinese;
    }

    /** @since 2.4.0 */
    public PlatformException(String message, String chinese, Throwable cause) {
        super(message, cause);
        this.chinese = chinese;
    }

    /** The message in the reader's language; @since 2.4.0 */
    public String message(boolean inChinese) {
        return inChinese && chinese != null ? chinese : getMessage();
    }
}
