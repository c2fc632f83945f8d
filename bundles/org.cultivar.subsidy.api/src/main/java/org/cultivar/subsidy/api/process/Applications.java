package org.cultivar.subsidy.api.process;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.Assessment;

/**
 * Applications, recorded and corrected by clerks of the schedule's region. Bad input is refused
 * with {@link org.cultivar.registry.api.InvalidInputException} naming every field; an ineligible
 * application is still recorded, with its reasons, so that the refusal is on file.
 */
public interface Applications {

    /** The assessment the application would get now; stores nothing. */
    Assessment preview(Actor actor, String scheduleId, ApplicationInput input);

    /**
     * Records the application with its assessment and puts it before the first approval step.
     *
     * @throws ScheduleUnavailableException if the schedule's bundle is not running
     */
    Application record(Actor actor, String scheduleId, ApplicationInput input, Set<String> documentsReceived);

    /**
     * Corrects a returned application or confirms a no-application draft, assessing it anew. The
     * actor becomes its recorder and so may take no approval step on it.
     */
    Application correct(Actor actor, long applicationId, long expectedVersion, ApplicationInput input,
                        Set<String> documentsReceived);

    Application withdraw(Actor actor, long applicationId, long expectedVersion, String reason);

    Optional<Application> application(Actor actor, long applicationId);

    /** Applications in the status within the actor's region, oldest first. */
    List<Application> worklist(Actor actor, Application.Status status, int offset, int limit);
}
