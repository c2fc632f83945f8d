package org.cultivar.subsidy.api;

/**
 * The service a schedule bundle registers: one small DS component whose configuration (with its
 * Metatype) builds a {@link ScheduleDefinition} from the building blocks of
 * {@code org.cultivar.subsidy.api.rules}. The engine tracks these services; when a bundle stops,
 * its schedule disappears and processing refuses it with a clear error, leaving awards intact.
 */
public interface SubsidySchedule {

    /**
     * The definition in force now. Immutable: a configuration change replaces it as a whole, so
     * an engine that took it for an assessment keeps one consistent set of rules.
     */
    ScheduleDefinition definition();
}
