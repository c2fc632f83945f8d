package org.cultivar.registry.api;

import java.util.List;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;

/** Target counts per tier per region (configured) against titles in force today. */
public interface CultivationTargets {

    /** Progress for every region with a target within the given scope. */
    List<Progress> progress(Actor actor, RegionCode scope);

    record Progress(RegionCode region, Tier tier, int target, long inForce) {
    }
}
