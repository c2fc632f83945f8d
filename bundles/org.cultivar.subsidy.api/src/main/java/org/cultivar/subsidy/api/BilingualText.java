package org.cultivar.subsidy.api;

/** Text a clerk reads, in Chinese (the default) and English. */
public record BilingualText(String zh, String en) {

    public BilingualText {
        if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("Both the Chinese and the English text are required");
        }
    }

    public static BilingualText of(String zh, String en) {
        return new BilingualText(zh, en);
    }
}
