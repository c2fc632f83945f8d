package org.cultivar.registry.api;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.security.Actor;

/**
 * Batch lists from spreadsheets (CSV or XLSX): enterprises, with optional yearly figures and an
 * optional title on the same row. Officials import; titles need the same authority as granting
 * them by hand. Preview first, then commit all or only the valid rows.
 */
public interface RegistryImport {

    /** Reads and validates the file; stores nothing. */
    ImportPreview preview(Actor actor, String fileName, InputStream content);

    /** Starts storing a previewed file in the background. */
    ImportJob start(Actor actor, String previewId, ImportMode mode);

    Optional<ImportJob> job(Actor actor, String jobId);

    /** The actor's imports, newest first. */
    List<ImportJob> jobs(Actor actor);
}
