package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** A yes/no answer, written {@code true} or {@code false} (what a checkbox hands over). */
public record YesNoField(String key, BilingualText label, boolean required) implements FieldSpec {

    public YesNoField {
        FieldSpec.checkedKey(key);
        Objects.requireNonNull(label, "label");
    }

    @Override
    public FieldType type() {
        return FieldType.YES_NO;
    }

    @Override
    public Boolean read(String text, LocalDate applicationDate) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new FieldValueException(Shown.quotedZh(text) + " 须为 true 或 false。",
                    Shown.quoted(text) + " is neither true nor false");
        };
    }
}
