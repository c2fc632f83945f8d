package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.cultivar.registry.api.CreditCode;

/**
 * What a clerk records for an application: the enterprise, the application date (eligibility
 * is judged as of this day) and the form's fields as entered text, keyed by field key. Text is
 * what forms, imports and the store all carry; the schedule's {@link ApplicationForm} turns it
 * into typed values or names every field that is wrong.
 */
public record ApplicationInput(CreditCode enterprise, LocalDate applicationDate, Map<String, String> fields) {

    public ApplicationInput {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(applicationDate, "applicationDate");
        // sorted, so that equal inputs print, digest and compare alike
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    /** An application with no form fields, as a no-application award (免申即享) drafts it. */
    public static ApplicationInput withoutFields(CreditCode enterprise, LocalDate applicationDate) {
        return new ApplicationInput(enterprise, applicationDate, Map.of());
    }

    /** The application's fiscal year (the calendar year, DESIGN.md "Dates"). */
    public int fiscalYear() {
        return applicationDate.getYear();
    }
}
