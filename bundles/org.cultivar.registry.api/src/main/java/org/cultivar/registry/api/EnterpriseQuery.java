package org.cultivar.registry.api;

import org.cultivar.core.api.security.RegionCode;

/**
 * Search criteria; {@code null} means "any". {@code text} matches a Chinese (or English) name
 * substring or a credit-code prefix. {@code region} matches the region and everything it covers.
 * {@code tier} and {@code status} match the enterprise's titles currently in force (or of any
 * title with that status).
 */
public record EnterpriseQuery(String text, RegionCode region, Sector sector, Tier tier, TitleStatus status,
                              RedFlag.Kind redFlag) {

    public static final EnterpriseQuery ALL = new EnterpriseQuery(null, null, null, null, null, null);

    public EnterpriseQuery withText(String newText) {
        return new EnterpriseQuery(newText, region, sector, tier, status, redFlag);
    }
}
