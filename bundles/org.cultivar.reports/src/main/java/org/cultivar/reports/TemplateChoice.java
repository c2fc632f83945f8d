package org.cultivar.reports;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.reports.api.TemplateContribution;

/**
 * Which contributed template a document issued in a region uses: the most specific one whose
 * region covers it (district, city, province, national); none means the bundle's default.
 * Between two equally specific ones the first registered keeps its place.
 */
final class TemplateChoice {

    private TemplateChoice() {
    }

    static Optional<TemplateContribution> mostSpecific(Collection<TemplateContribution> contributions, String reportId,
                                                       RegionCode issuedIn) {
        return contributions.stream()
                .filter(c -> reportId.equals(c.reportId()))
                .filter(c -> c.region() != null && (issuedIn == null ? c.region().isNational() : c.region().covers(issuedIn)))
                .max(Comparator.comparingInt(c -> specificity(c.region())));
    }

    /** National 0, province 1, city 2, district 3. */
    static int specificity(RegionCode region) {
        if (region.isNational()) {
            return 0;
        }
        if (region.isProvince()) {
            return 1;
        }
        return region.isCity() ? 2 : 3;
    }
}
