package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.Optional;

import org.cultivar.registry.api.FieldProblem;

/**
 * The days applications are accepted, both inclusive; an open end is {@code null}. A date
 * outside is bad input naming the application date, not an eligibility failure: nothing is recorded.
 */
public record ApplicationWindow(LocalDate opens, LocalDate closes) {

    public static final ApplicationWindow ALWAYS = new ApplicationWindow(null, null);

    public ApplicationWindow {
        if (opens != null && closes != null && closes.isBefore(opens)) {
            throw new IllegalArgumentException("The application window closes on " + closes + ", before it opens on " + opens);
        }
    }

    public Optional<FieldProblem> problemWith(LocalDate applicationDate) {
        if (opens != null && applicationDate.isBefore(opens)) {
            return Optional.of(FieldProblem.of("applicationDate", "申请日期 " + applicationDate + " 早于申报窗口开放日期 " + opens + "。",
                    applicationDate + " is before the application window opens on " + opens));
        }
        if (closes != null && applicationDate.isAfter(closes)) {
            return Optional.of(FieldProblem.of("applicationDate", "申请日期 " + applicationDate + " 晚于申报窗口截止日期 " + closes + "。",
                    applicationDate + " is after the application window closed on " + closes));
        }
        return Optional.empty();
    }
}
