package org.cultivar.registry.api;

import java.util.List;

import org.cultivar.core.api.security.Actor;

/** What auditors list: every criteria exception and every red flag. */
public interface RegistryOversight {

    List<CriteriaException> exceptions(Actor actor, int offset, int limit);

    /** Enterprises with a red flag (of the kind, or any kind when {@code null}), by name. */
    List<Flagged> redFlags(Actor actor, RedFlag.Kind kind, int offset, int limit);

    record Flagged(Enterprise enterprise, List<RedFlag> flags) {
    }
}
