package org.cultivar.subsidy.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.YearlyFigures;

/**
 * The registry's answers an assessment rested on, kept with the award so that a later registry
 * edit can be seen for what it is and never changes an approved amount silently.
 *
 * @param titles  every title the rules were shown, in the order first read
 * @param figures every year's figures the rules read
 */
public record RegistryFacts(Enterprise enterprise, List<Title> titles, List<YearlyFigures> figures) {

    public RegistryFacts {
        Objects.requireNonNull(enterprise, "enterprise");
        titles = List.copyOf(titles);
        figures = List.copyOf(figures);
    }

    /** The title the award rests on: the highest tier read, then the latest grant. */
    public Optional<Title> basisTitle() {
        return titles.stream().max(Comparator.comparing(Title::tier).thenComparing(Title::grantDate));
    }
}
