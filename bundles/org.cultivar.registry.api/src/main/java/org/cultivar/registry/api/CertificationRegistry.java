package org.cultivar.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What subsidy schedules ask the registry. The registry is shared by every region and these
 * reads carry no actor: the engine calls them on behalf of an already authorised action.
 */
public interface CertificationRegistry {

    Optional<Enterprise> enterprise(CreditCode creditCode);

    /**
     * Does the enterprise hold the tier (or a higher one) on the day, and which title proves it?
     * Of several, the highest tier wins, then the latest grant.
     */
    Optional<Title> titleProving(CreditCode creditCode, Tier atLeast, LocalDate day);

    /** Every title of the enterprise, oldest first. */
    List<Title> titles(CreditCode creditCode);

    /** Titles in force whose validity ends between the two days (inclusive). */
    List<Title> expiringBetween(LocalDate from, LocalDate to);

    /**
     * Titles of the tier or higher granted between the two days (inclusive), whatever their
     * status now, oldest grant first: what a no-application award (免申即享) drafts from.
     */
    List<Title> grantedBetween(Tier atLeast, LocalDate from, LocalDate to);

    /** The latest revision of the enterprise's figures for the year. */
    Optional<YearlyFigures> figures(CreditCode creditCode, int fiscalYear);
}
