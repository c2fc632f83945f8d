package org.cultivar.registry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.Tier;

/**
 * The checked form of {@link RegistryConfiguration}. Anything invalid is refused when the
 * configuration arrives (the component then fails to activate with the reason), never dropped.
 */
record RegistrySettings(int reevaluationWindowDays, Map<Tier, Integer> validityYears, List<Target> targets) {

    record Target(RegionCode region, Tier tier, int count) {
    }

    static final RegistrySettings DEFAULT = new RegistrySettings(180, Map.of(Tier.INNOVATIVE_SME, 3,
            Tier.SPECIALIZED_SME, 3, Tier.LITTLE_GIANT, 3, Tier.MANUFACTURING_CHAMPION, 3), List.of());

    RegistrySettings {
        validityYears = Map.copyOf(validityYears);
        targets = List.copyOf(targets);
    }

    static RegistrySettings from(RegistryConfiguration configuration) {
        List<String> problems = new ArrayList<>();
        int window = configuration.reevaluationWindowDays();
        if (window < 1 || window > 1095) {
            problems.add("reevaluationWindowDays must be between 1 and 1095, not " + window);
        }
        Map<Tier, Integer> years = new EnumMap<>(Tier.class);
        years.put(Tier.INNOVATIVE_SME, configuration.innovativeSmeValidityYears());
        years.put(Tier.SPECIALIZED_SME, configuration.specializedSmeValidityYears());
        years.put(Tier.LITTLE_GIANT, configuration.littleGiantValidityYears());
        years.put(Tier.MANUFACTURING_CHAMPION, configuration.manufacturingChampionValidityYears());
        years.forEach((tier, value) -> {
            if (value < 1 || value > 10) {
                problems.add("validity of " + tier + " must be 1 to 10 years, not " + value);
            }
        });
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String entry : configuration.targets() == null ? new String[0] : configuration.targets()) {
            try {
                Target target = parseTarget(entry);
                if (!seen.add(target.region() + ":" + target.tier())) {
                    problems.add("target " + Echo.of(entry) + " repeats a region and tier");
                }
                targets.add(target);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Registry configuration refused: " + String.join("; ", problems));
        }
        return new RegistrySettings(window, years, targets);
    }

    /** {@code 440100:SPECIALIZED_SME=1000}. */
    static Target parseTarget(String entry) {
        String text = entry == null ? "" : entry.strip();
        int colon = text.indexOf(':');
        int equals = text.indexOf('=');
        if (colon < 0 || equals < colon) {
            throw new IllegalArgumentException("target " + Echo.of(entry) + " is not of the form 440100:SPECIALIZED_SME=1000");
        }
        String region = text.substring(0, colon).strip();
        if (!region.matches("\\d{6}") || !RegionCatalogue.standard().known(RegionCode.of(region))) {
            throw new IllegalArgumentException("target " + Echo.of(entry) + " names no known region");
        }
        Tier tier;
        try {
            tier = Tier.valueOf(text.substring(colon + 1, equals).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target " + Echo.of(entry) + " names no tier (use INNOVATIVE_SME, "
                    + "SPECIALIZED_SME, LITTLE_GIANT or MANUFACTURING_CHAMPION)");
        }
        String count = text.substring(equals + 1).strip();
        if (!count.matches("\\d{1,7}")) {
            throw new IllegalArgumentException("target " + Echo.of(entry) + " needs a whole number of titles");
        }
        return new Target(RegionCode.of(region), tier, Integer.parseInt(count));
    }

    int validityYears(Tier tier) {
        return validityYears.get(tier);
    }
}
