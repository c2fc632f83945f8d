package org.cultivar.launcher.provisioning;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;

/**
 * Who may do what on the platform (DESIGN.md, "Who installs what"): administrators
 * everything; officials the features of regions their scope covers; nobody else anything.
 */
final class PlatformPolicy {

    private PlatformPolicy() {
    }

    static void requireAdministrator(Actor actor, String what) {
        if (actor == null || !actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators may " + what);
        }
    }

    /** Whether the actor may see and manage the feature. */
    static boolean mayManage(Actor actor, Feature feature) {
        if (actor == null) {
            return false;
        }
        if (actor.has(Role.ADMINISTRATOR)) {
            return true;
        }
        return actor.has(Role.OFFICIAL) && feature.region() != null && covers(actor.scope(), feature.region());
    }

    static void requireMayManage(Actor actor, Feature feature) {
        if (!mayManage(actor, feature)) {
            throw new AccessDeniedException(actor != null && actor.has(Role.OFFICIAL)
                    ? "Feature " + feature.name() + " does not belong to your region"
                    : "Only administrators and the region's officials may install or remove features");
        }
    }

    static boolean maySee(Actor actor, Feature feature) {
        return feature.isPlatform() ? actor != null && (actor.has(Role.ADMINISTRATOR) || actor.has(Role.OFFICIAL))
                : mayManage(actor, feature);
    }

    private static boolean covers(RegionCode scope, String region) {
        try {
            return scope != null && scope.covers(RegionCode.of(region));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
