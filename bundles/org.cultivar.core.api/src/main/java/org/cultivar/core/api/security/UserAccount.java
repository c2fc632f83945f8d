package org.cultivar.core.api.security;

import java.time.Instant;
import java.util.Set;

/** A user as administrators see it; never carries the password hash. */
public record UserAccount(String username, String displayName, Set<Role> roles, RegionCode scope,
                          boolean active, Instant lockedUntil, Instant lastSignIn) {
    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
