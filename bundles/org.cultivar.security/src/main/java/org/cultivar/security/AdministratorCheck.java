package org.cultivar.security;

import java.sql.Connection;
import java.sql.SQLException;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;

/** Only administrators manage users, and only while their account still says they are one. */
final class AdministratorCheck {

    private final UserTable users;

    AdministratorCheck(UserTable users) {
        this.users = users;
    }

    /** Before any work: the actor must at least claim the role. */
    static void requireRole(Actor actor, String action) {
        if (actor == null) {
            throw new AccessDeniedException("Sign in as an administrator to " + action + ".");
        }
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators may " + action + "; " + actor.userId()
                    + " has the roles " + actor.roles() + ".");
        }
    }

    /**
     * Inside the transaction: the claim must hold in the database too, because a signed-in
     * session outlives a demotion or deactivation by another administrator.
     */
    void requireActiveAdministrator(Connection c, Actor actor, String action) throws SQLException {
        requireRole(actor, action);
        Username name = Username.parseOrNull(actor.userId());
        StoredUser user = name == null ? null : users.find(c, name).orElse(null);
        if (user == null || !user.isActiveAdministrator()) {
            throw new AccessDeniedException("Only active administrators may " + action + "; the account "
                    + actor.userId() + " is not (or no longer) one.");
        }
    }
}
