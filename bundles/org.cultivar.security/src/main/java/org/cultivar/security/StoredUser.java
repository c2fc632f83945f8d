package org.cultivar.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserAccount;

/** One row of {@code security_user} with its roles; the password hash never leaves this bundle. */
record StoredUser(Username username, String displayName, String passwordHash, Set<Role> roles, RegionCode scope,
                  boolean active, int failedAttempts, Instant lockedUntil, Instant lastSignIn) {

    StoredUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean isActiveAdministrator() {
        return active && roles.contains(Role.ADMINISTRATOR);
    }

    Actor toActor() {
        return new Actor(username.value(), displayName, roles, scope);
    }

    /** As administrators see it: a lock that has run out is no lock. */
    UserAccount toAccount(Instant now) {
        return new UserAccount(username.value(), displayName, roles, scope, active,
                lockedAt(now) ? lockedUntil : null, lastSignIn);
    }
}
