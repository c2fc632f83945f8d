package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One of a fixed list of choices; the value stored is the choice's {@code value}. */
public record ChoiceField(String key, BilingualText label, boolean required, List<Choice> choices) implements FieldSpec {

    public record Choice(String value, BilingualText label) {
        public Choice {
            FieldSpec.checkedKey(value);
            Objects.requireNonNull(label, "label");
        }
    }

    public ChoiceField {
        FieldSpec.checkedKey(key);
        Objects.requireNonNull(label, "label");
        choices = List.copyOf(choices);
        if (choices.isEmpty() || choices.stream().map(Choice::value).collect(Collectors.toCollection(HashSet::new)).size() != choices.size()) {
            throw new IllegalArgumentException("Field " + key + " needs at least one choice and distinct values");
        }
    }

    @Override
    public FieldType type() {
        return FieldType.CHOICE;
    }

    @Override
    public String read(String text, LocalDate applicationDate) {
        String cleaned = text.strip();
        if (choices.stream().noneMatch(choice -> choice.value().equals(cleaned))) {
            throw new FieldValueException(Shown.quotedZh(text) + " 不是可选项之一（可选："
                    + choices.stream().map(Choice::value).collect(Collectors.joining("、")) + "）。",
                    Shown.quoted(text) + " is not one of " + choices.stream().map(Choice::value).collect(Collectors.joining(", ")));
        }
        return cleaned;
    }
}
