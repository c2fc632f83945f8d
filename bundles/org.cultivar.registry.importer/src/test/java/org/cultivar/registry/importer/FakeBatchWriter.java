package org.cultivar.registry.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.ImportRow;
import org.cultivar.registry.api.RegistryBatchWriter;

/**
 * The registry's batch path in memory: an enterprise is its last row; a row is unchanged when
 * the registry holds exactly its enterprise, figures and title. National titles need national
 * scope, as in the real registry. Writes stay pending until the fake transaction commits.
 */
final class FakeBatchWriter implements RegistryBatchWriter, FakeTransactions.Participant {

    /** What the registry holds of one enterprise. */
    record Held(ImportRow row, String operation) {
    }

    final Map<String, Held> committed = new HashMap<>();
    private final Map<String, Held> pending = new HashMap<>();
    final List<Integer> writeSizes = new ArrayList<>();
    /** When positive, the write call with this number (from 1) fails. */
    volatile int failOnWrite;
    /** Lets a test hold the import in the middle of its work. */
    volatile Runnable beforeWrite = () -> { };
    private final AtomicInteger writes = new AtomicInteger();

    /** First loads begun and finished, and whether one is under way, as the real registry keeps them. */
    int firstLoadsBegun;
    int firstLoadsFinished;
    boolean firstLoadUnderWay;
    /** Runs when a first load is finished, before the fake marks it so. */
    volatile Runnable onFinishFirstLoad = () -> { };

    @Override
    public synchronized boolean beginFirstLoad(Actor actor) {
        if (!committed.isEmpty() || firstLoadUnderWay) {
            return false;
        }
        firstLoadsBegun++;
        firstLoadUnderWay = true;
        return true;
    }

    @Override
    public synchronized void finishFirstLoad(Actor actor) {
        if (firstLoadUnderWay) {
            onFinishFirstLoad.run();
            firstLoadsFinished++;
            firstLoadUnderWay = false;
        }
    }

    @Override
    public synchronized List<Comparison> compare(Actor actor, List<ImportRow> rows) {
        List<Comparison> comparisons = new ArrayList<>();
        for (ImportRow row : rows) {
            List<FieldProblem> problems = new ArrayList<>();
            if (row.title() != null && row.title().level() == CertifyingLevel.NATIONAL && !actor.isSystem()
                    && !actor.scope().isNational()) {
                problems.add(new FieldProblem(row.line(), "title", "National titles need national scope"));
            }
            Held held = held(row.enterprise().creditCode());
            Change change = held == null ? Change.NEW : same(held.row(), row) ? Change.UNCHANGED : Change.CHANGED;
            comparisons.add(new Comparison(row.line(), change, problems));
        }
        return comparisons;
    }

    @Override
    public Counts write(Actor actor, String operation, List<ImportRow> rows) {
        beforeWrite.run();
        synchronized (this) {
            writeSizes.add(rows.size());
            if (writes.incrementAndGet() == failOnWrite) {
                throw new IllegalStateException("the database went away");
            }
            long created = 0;
            long updated = 0;
            long figures = 0;
            long titles = 0;
            long unchanged = 0;
            for (Comparison comparison : compare(actor, rows)) {
                if (!comparison.valid()) {
                    throw new IllegalArgumentException("write of an invalid row " + comparison);
                }
            }
            for (ImportRow row : rows) {
                Held held = held(row.enterprise().creditCode());
                if (held != null && same(held.row(), row)) {
                    unchanged++;
                    continue;
                }
                if (held == null) {
                    created++;
                } else {
                    updated++;
                }
                figures += row.figures() == null ? 0 : 1;
                titles += row.title() == null ? 0 : 1;
                pending.put(row.enterprise().creditCode(), new Held(row, operation));
            }
            return new Counts(created, updated, figures, titles, unchanged);
        }
    }

    private Held held(String creditCode) {
        Held held = pending.get(creditCode);
        return held != null ? held : committed.get(creditCode);
    }

    private static boolean same(ImportRow a, ImportRow b) {
        return a.enterprise().equals(b.enterprise()) && java.util.Objects.equals(a.figures(), b.figures())
                && java.util.Objects.equals(a.title(), b.title());
    }

    @Override
    public synchronized void commit() {
        committed.putAll(pending);
        pending.clear();
    }

    @Override
    public synchronized void rollback() {
        pending.clear();
    }
}
