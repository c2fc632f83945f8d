package org.cultivar.subsidy.api;

import java.util.Objects;

/** One entry of a schedule's documents checklist; the clerk ticks it off before review. */
public record RequiredDocument(String key, BilingualText name, boolean mandatory) {

    public RequiredDocument {
        FieldSpec.checkedKey(key);
        Objects.requireNonNull(name, "name");
    }
}
