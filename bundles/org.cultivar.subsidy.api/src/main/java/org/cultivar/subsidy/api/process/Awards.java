package org.cultivar.subsidy.api.process;

import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;

/** Awards, read by everyone in the schedule's region (auditors included) and cancelled by its officials. */
public interface Awards {

    Optional<Award> award(Actor actor, long awardId);

    /** What the enterprise received across the schedules the actor may see, newest first (the enterprise page). */
    List<Award> ofEnterprise(Actor actor, CreditCode enterprise);

    /** Cancels the unpaid tranches and releases their budget commitments; paid ones need a recovery. */
    Award cancel(Actor actor, long awardId, long expectedVersion, String reason);
}
