package org.cultivar.web.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cultivar.reports.api.ReportParameter.Kind;

/**
 * Which parameter a refusal of the reports service is about, read from its message, so the
 * message can be shown at that field. The service names a missing argument by its kind ("needs a
 * value for BATCH") and bad values in words ("There is no batch 7 in your region").
 */
final class NamedArgument {

    /** Most specific first: "no batch 7 in your region" is about the batch, not the region. */
    private static final List<Map.Entry<Kind, List<String>>> WORDS = List.of(
            Map.entry(Kind.DATE_RANGE, List.of("date range")),
            Map.entry(Kind.BATCH, List.of("batch")),
            Map.entry(Kind.ENTITY, List.of("payout", "entity")),
            Map.entry(Kind.ENTERPRISE, List.of("enterprise", "credit code")),
            Map.entry(Kind.SCHEDULE, List.of("schedule")),
            Map.entry(Kind.FISCAL_YEAR, List.of("fiscal year")),
            Map.entry(Kind.REGION, List.of("region")));

    private NamedArgument() {
    }

    /** The parameter among {@code asked} that the message names, if any. */
    static Optional<Kind> in(String message, List<Kind> asked) {
        if (message == null) {
            return Optional.empty();
        }
        for (Kind kind : asked) {
            if (message.contains("value for " + kind.name())) {
                return Optional.of(kind);
            }
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return WORDS.stream()
                .filter(entry -> asked.contains(entry.getKey()))
                .filter(entry -> entry.getValue().stream().anyMatch(lower::contains))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
