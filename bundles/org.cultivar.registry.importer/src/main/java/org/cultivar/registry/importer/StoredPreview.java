package org.cultivar.registry.importer;

import java.time.Instant;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.ImportPreview;

/** A previewed file waiting for the user's decision: kept on disk until it is imported or expires. */
record StoredPreview(ImportPreview preview, SpooledUpload upload, Actor actor, Instant expires) {

    boolean belongsTo(Actor other) {
        return actor.userId().equals(other.userId());
    }
}
