package org.cultivar.web.registry;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.Enterprise;

/**
 * Which registry actions the UI offers a user. It mirrors {@code RegistryEditor}'s rules only
 * to hide what would be refused; the service decides, and its refusal is shown.
 */
final class RegistryPermissions {

    private RegistryPermissions() {
    }

    /** Clerks and officials register enterprises and record figures in their region. */
    static boolean mayEditEnterprises(Actor actor) {
        return actor.has(Role.CLERK) || actor.has(Role.OFFICIAL);
    }

    static boolean mayEdit(Actor actor, Enterprise enterprise) {
        return mayEditEnterprises(actor) && actor.scope().covers(enterprise.region());
    }

    /** Officials grant and decide on titles; national titles need national scope, which the service checks. */
    static boolean mayDecideTitles(Actor actor, Enterprise enterprise) {
        return actor.has(Role.OFFICIAL) && actor.scope().covers(enterprise.region());
    }

    static boolean mayDecideTitles(Actor actor) {
        return actor.has(Role.OFFICIAL);
    }
}
