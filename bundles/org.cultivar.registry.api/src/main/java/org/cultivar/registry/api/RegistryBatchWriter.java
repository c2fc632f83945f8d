package org.cultivar.registry.api;

import java.util.List;

import org.cultivar.core.api.security.Actor;

/**
 * The bulk path into the registry for imports and demo data: rows already validated field by
 * field, compared and written in sets rather than one service call each. Authority is checked
 * per row as {@link RegistryEditor} checks it. Writes join the caller's transaction (the store's
 * {@code Transactions}), so a whole import commits or rolls back as one.
 *
 * <p>Per DESIGN.md "Audit and events", the caller records one audit entry for the operation
 * (file digest and counts); every title created remembers the operation it came from.
 */
public interface RegistryBatchWriter {

    /**
     * The operation name of demo seeding: rows written under it are marked as demo data
     * ({@link Enterprise#demo()}) and shown as such everywhere.
     */
    String DEMO_OPERATION = "demo";

    enum Change {
        /** The enterprise is not in the registry yet. */
        NEW,
        /** The enterprise exists and the row would change it, its figures or its titles. */
        CHANGED,
        /** The registry already holds exactly what the row says. */
        UNCHANGED
    }

    /**
     * What each row would do, in row order; stores nothing. Rows that cannot be stored (an
     * unknown region code, a title the actor may not grant, a grant date after an existing
     * title's) come back as problems rather than changes.
     */
    List<Comparison> compare(Actor actor, List<ImportRow> rows);

    /**
     * Stores the rows in the current transaction; unchanged rows are skipped.
     *
     * @param operation a short id of the import (or demo seeding) the rows belong to
     */
    Counts write(Actor actor, String operation, List<ImportRow> rows);

    /**
     * Begins a first load: when the registry holds no enterprise yet, sets aside the indexes that a
     * large import would otherwise rewrite all over for every part, and marks the load as under way.
     * Searches meanwhile still find what is stored, only more slowly. Call outside any transaction
     * and before the first {@link #write}; returns false, changing nothing, when the registry already
     * holds enterprises or a first load is under way.
     *
     * @since 1.5
     */
    boolean beginFirstLoad(Actor actor);

    /**
     * Ends a first load: builds the indexes set aside and the name-search index from all names,
     * then clears the mark. Call outside any transaction, also after a failed load; does nothing
     * when no first load is under way. If the process stops before, the registry ends the load
     * itself when it starts again.
     *
     * @since 1.5
     */
    void finishFirstLoad(Actor actor);

    record Comparison(long line, Change change, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    record Counts(long enterprisesCreated, long enterprisesUpdated, long figuresRecorded, long titlesGranted,
                  long unchanged) {
        public Counts plus(Counts other) {
            return new Counts(enterprisesCreated + other.enterprisesCreated,
                    enterprisesUpdated + other.enterprisesUpdated, figuresRecorded + other.figuresRecorded,
                    titlesGranted + other.titlesGranted, unchanged + other.unchanged);
        }
    }
}
