package org.cultivar.reports.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.cultivar.core.api.security.Actor;

/**
 * Runs reports. Role and region are checked here, whatever the UI shows; the data a report
 * prints is limited to what the actor may see.
 */
public interface ReportService {

    /** The reports the actor's roles may run, ordered by id. */
    List<ReportDescriptor> available(Actor actor);

    /**
     * Renders a report in memory.
     *
     * @throws org.cultivar.core.api.security.AccessDeniedException if the actor may not run it
     * @throws IllegalArgumentException for an unknown report or a missing required argument, naming it
     * @throws ReportException if the document could not be produced
     */
    RenderedReport render(Actor actor, ReportRequest request);

    /** Renders a report straight into {@code target}, which is left open; same checks as {@link #render(Actor, ReportRequest)}. */
    void render(Actor actor, ReportRequest request, OutputStream target) throws IOException;
}
