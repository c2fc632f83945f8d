package org.cultivar.registry.api;

import java.time.LocalDate;

/**
 * A versioned set of criteria for one tier, e.g. {@code little-giant-2022} (工信部企业〔2022〕63号
 * Annex 3) or {@code little-giant-2026} (工信部企业〔2026〕2号). Thresholds live in configuration;
 * the id names the version every evaluation records.
 *
 * @param appliesUntil the last day new applications are judged by it, or {@code null} if open-ended
 */
public record RuleSet(String id, Tier tier, String legalBasis, LocalDate appliesFrom, LocalDate appliesUntil) {
}
