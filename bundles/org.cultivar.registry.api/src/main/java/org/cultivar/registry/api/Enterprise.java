package org.cultivar.registry.api;

import java.util.Optional;

import org.cultivar.core.api.security.RegionCode;

/**
 * An enterprise as the registry knows it.
 *
 * @param nameEn      the English name, or {@code null}
 * @param parentGroup the name of the group the enterprise belongs to, or {@code null} if independent
 * @param demo        whether the row was seeded as demo data (shown as such everywhere)
 */
public record Enterprise(CreditCode creditCode, String nameZh, String nameEn, RegionCode region, Sector sector,
                         String parentGroup, boolean demo) {

    public Optional<String> englishName() {
        return Optional.ofNullable(nameEn);
    }

    public boolean subsidiary() {
        return parentGroup != null;
    }
}
