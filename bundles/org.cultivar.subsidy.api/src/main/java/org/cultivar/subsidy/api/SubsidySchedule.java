package org.cultivar.subsidy.api;

import java.util.Map;

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

    /**
     * The definition these configuration properties would build, without putting it in force:
     * the engine asks before it stores an official's dated change, so a configuration the
     * schedule would refuse is refused when proposed, not on the day it takes effect.
     * {@link ComponentProperties} reads the properties as the framework would.
     *
     * @throws IllegalArgumentException with the schedule's reason, if it refuses them
     * @throws UnsupportedOperationException if the schedule cannot say (built before 1.1)
     */
    default ScheduleDefinition definitionFor(Map<String, Object> properties) {
        throw new UnsupportedOperationException("Schedule " + definition().id() + " cannot check a configuration before it applies");
    }
}
