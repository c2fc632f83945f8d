package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Free text, at most {@code maxLength} characters (code points). Line breaks and tabs are kept;
 * other control and formatting characters are refused, because they hide or reorder what an
 * auditor later reads (bidirectional overrides, zero-width characters).
 */
public record TextField(String key, BilingualText label, boolean required, int maxLength) implements FieldSpec {

    public TextField {
        FieldSpec.checkedKey(key);
        Objects.requireNonNull(label, "label");
        if (maxLength < 1 || maxLength > 10_000) {
            throw new IllegalArgumentException("Field " + key + ": maxLength must be 1 to 10000");
        }
    }

    @Override
    public FieldType type() {
        return FieldType.TEXT;
    }

    @Override
    public String read(String text, LocalDate applicationDate) {
        String cleaned = text.strip();
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > maxLength) {
            throw new FieldValueException("共 " + length + " 个字符，最多允许 " + maxLength + " 个。",
                    "has " + length + " characters; at most " + maxLength + " are allowed");
        }
        cleaned.codePoints().filter(c -> c != '\n' && c != '\r' && c != '\t' && !Shown.visible(c) && !Character.isSpaceChar(c))
                .findFirst().ifPresent(c -> {
                    throw new FieldValueException(String.format("含有不可见字符 \\u%04X。", c),
                            String.format("contains the invisible character \\u%04X", c));
                });
        return cleaned;
    }
}
