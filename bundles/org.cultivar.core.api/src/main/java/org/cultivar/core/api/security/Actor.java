package org.cultivar.core.api.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who acts: every service method that reads or changes protected data receives one and
 * checks role and region itself.
 */
public record Actor(String userId, String displayName, Set<Role> roles, RegionCode scope) {

    /** The named actor for automatic work: no-application drafts, expiry, batch resume. */
    public static final Actor SYSTEM = new Actor("system", "Cultivar", EnumSet.noneOf(Role.class), RegionCode.NATIONAL);

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return this == SYSTEM; // identity: a user account named "system" is not the system
    }
}
