package org.cultivar.registry.api;

import java.time.LocalDate;

import org.cultivar.core.api.security.RegionCode;

/**
 * One line of the search grid.
 *
 * @param highestTier the highest tier in force today, or {@code null}
 * @param status      that title's status, or {@code null}
 * @param validUntil  that title's last valid day, or {@code null}
 * @param redFlags    how many kinds of red flag the enterprise has
 */
public record EnterpriseRow(CreditCode creditCode, String nameZh, RegionCode region, Sector sector, Tier highestTier,
                            TitleStatus status, LocalDate validUntil, int redFlags, boolean demo) {
}
