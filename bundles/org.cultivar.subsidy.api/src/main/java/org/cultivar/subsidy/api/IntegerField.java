package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.Objects;

/** A whole number such as employees or mu of land, between {@code min} and {@code max} inclusive. */
public record IntegerField(String key, BilingualText label, boolean required, long min, long max) implements FieldSpec {

    public IntegerField {
        FieldSpec.checkedKey(key);
        Objects.requireNonNull(label, "label");
        if (max < min) {
            throw new IllegalArgumentException("Field " + key + ": max is below min");
        }
    }

    @Override
    public FieldType type() {
        return FieldType.INTEGER;
    }

    @Override
    public Long read(String text, LocalDate applicationDate) {
        String cleaned = text.strip().replace(",", "");
        if (!cleaned.matches("-?\\d{1,18}")) {
            throw new FieldValueException(Shown.quotedZh(text) + " 不是整数。", Shown.quoted(text) + " is not a whole number");
        }
        long value = Long.parseLong(cleaned);
        if (value < min || value > max) {
            throw new FieldValueException(value + " 不在 " + min + " 至 " + max + " 的范围内。", value + " is outside " + min + " to " + max);
        }
        return value;
    }
}
