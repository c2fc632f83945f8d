package org.cultivar.core.api.security;

import java.util.Optional;

/**
 * The names people are known by, for documents and screens that name who did something: a
 * disbursement notice prints its approval chain with the names of the clerks and officials who
 * decided, not only their user ids. Display names are not secret (everyone who works with the
 * records sees them), so no actor is asked for.
 */
@FunctionalInterface
public interface UserNames {

    /** The display name of the user with this id, if there is such a user (active or not). */
    Optional<String> displayName(String userId);

    /** "Name（id）" when the user is known, the id alone otherwise (a removed account, the system). */
    default String named(String userId) {
        return displayName(userId).filter(name -> !name.isBlank() && !name.equals(userId))
                .map(name -> name + "（" + userId + "）").orElse(userId);
    }
}
