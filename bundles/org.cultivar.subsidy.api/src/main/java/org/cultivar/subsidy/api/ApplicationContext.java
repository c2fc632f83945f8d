package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.YearlyFigures;

/**
 * Everything one assessment's rules may look at: the application, its typed form values, the
 * enterprise's prior awards and the registry as of the application date. Registry answers are
 * asked once and remembered, so every rule of one assessment sees the same facts, and
 * {@link #facts()} lists exactly what was read. One context serves one assessment on one thread.
 */
public final class ApplicationContext {

    private final String scheduleId;
    private final RegionCode scheduleRegion;
    private final ApplicationInput input;
    private final FormValues values;
    private final Enterprise enterprise;
    private final CertificationRegistry registry;
    private final PriorAwards priorAwards;
    private final Map<Tier, Optional<Title>> titlesByTier = new EnumMap<>(Tier.class);
    private final List<Title> titlesRead = new ArrayList<>();
    private final Map<Integer, Optional<YearlyFigures>> figuresByYear = new TreeMap<>();

    public ApplicationContext(String scheduleId, RegionCode scheduleRegion, ApplicationInput input, FormValues values,
                              Enterprise enterprise, CertificationRegistry registry, PriorAwards priorAwards) {
        this.scheduleId = Objects.requireNonNull(scheduleId, "scheduleId");
        this.scheduleRegion = Objects.requireNonNull(scheduleRegion, "scheduleRegion");
        this.input = Objects.requireNonNull(input, "input");
        this.values = Objects.requireNonNull(values, "values");
        this.enterprise = Objects.requireNonNull(enterprise, "enterprise");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.priorAwards = Objects.requireNonNull(priorAwards, "priorAwards");
    }

    public String scheduleId() {
        return scheduleId;
    }

    public RegionCode scheduleRegion() {
        return scheduleRegion;
    }

    public ApplicationInput input() {
        return input;
    }

    public LocalDate applicationDate() {
        return input.applicationDate();
    }

    public FormValues values() {
        return values;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public PriorAwards priorAwards() {
        return priorAwards;
    }

    /** The title proving the tier (or a higher one) on the application date, per {@link CertificationRegistry#titleProving}. */
    public Optional<Title> titleProving(Tier atLeast) {
        return titlesByTier.computeIfAbsent(atLeast, tier -> {
            Optional<Title> title = registry.titleProving(input.enterprise(), tier, input.applicationDate());
            title.filter(found -> !titlesRead.contains(found)).ifPresent(titlesRead::add);
            return title;
        });
    }

    /** The latest revision of the enterprise's figures for the fiscal year. */
    public Optional<YearlyFigures> figures(int fiscalYear) {
        return figuresByYear.computeIfAbsent(fiscalYear, year -> registry.figures(input.enterprise(), year));
    }

    /** What the registry said so far. */
    public RegistryFacts facts() {
        return new RegistryFacts(enterprise, titlesRead,
                figuresByYear.values().stream().flatMap(Optional::stream).toList());
    }
}
