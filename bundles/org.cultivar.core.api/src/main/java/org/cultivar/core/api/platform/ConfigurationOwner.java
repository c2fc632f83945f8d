package org.cultivar.core.api.platform;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A bundle that alone changes some configurations, because it keeps their history (effective
 * dates, reasons, audit) and would otherwise overwrite or miss a change made beside it. Registered
 * as a service; {@link Configurations#update} refuses to change an owned configuration for any
 * bundle but the owner's (ADR 0006).
 */
@ConsumerType
public interface ConfigurationOwner {

    /** Whether this owner alone changes the configuration {@code pid}. */
    boolean owns(String pid);

    /** Where a person changes the owned configurations instead, for the refusal (e.g. "Subsidies → Schedules"). */
    String whereToChange();
}
