package org.cultivar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.cultivar.store.testing.TestDatabase;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many transactions appending at once, one entry or several each, must still form one chain: no
 * fork, no gap, no duplicate.
 */
abstract class ConcurrentAppendContract {

    static final int THREADS = 8;
    static final int APPENDS_PER_THREAD = 200;
    /** Every so many appends a transaction also records and then rolls back: it must leave no gap. */
    static final int ROLLBACK_EVERY = 10;
    /** The second test: each thread's transactions of several entries, every fifth rolled back after all of them. */
    static final int TRANSACTIONS_PER_THREAD = 25;
    static final int ENTRIES_PER_TRANSACTION = 8;
    static final int ROLLBACK_EVERY_TRANSACTION = 5;

    AuditFixture audit;

    abstract TestDatabase database();

    @BeforeEach
    void openDatabase() {
        audit = new AuditFixture(database());
    }

    @AfterEach
    void closeDatabase() {
        audit.close();
    }

    @Test
    void appendsFromManyThreadsFormOneGaplessChain() throws Exception {
        allWorkersAtOnce(this::appendAll);

        long total = (long) THREADS * APPENDS_PER_THREAD;
        List<AuditEntry> stored = audit.stored();
        assertThat(stored).extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR)).isEqualTo(new VerificationResult(true, total, null, null));
        // each worker's own entries follow its own order along the chain
        stored.stream().collect(Collectors.groupingBy(AuditEntry::actorId)).values().forEach(entries ->
                assertThat(entries).extracting(entry -> Integer.parseInt(entry.entityId()))
                        .isSortedAccordingTo(Comparator.naturalOrder())
                        .hasSize(APPENDS_PER_THREAD));
    }

    @Test
    void transactionsOfSeveralEntriesFromManyThreadsFormOneGaplessChain() throws Exception {
        allWorkersAtOnce(this::appendInTransactions);

        long committed = (long) THREADS * (TRANSACTIONS_PER_THREAD - TRANSACTIONS_PER_THREAD / ROLLBACK_EVERY_TRANSACTION)
                * ENTRIES_PER_TRANSACTION;
        List<AuditEntry> stored = audit.stored();
        assertThat(stored).extracting(AuditEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, committed).boxed().toList());
        assertThat(audit.trail.verify(Actors.ADMINISTRATOR)).isEqualTo(new VerificationResult(true, committed, null, null));
        assertThat(audit.head().lastSequence()).isEqualTo(committed);
        assertThat(stored).as("no entry of a rolled-back transaction").noneMatch(entry -> entry.entityId().startsWith("x"));
        // the head stays locked from a transaction's first entry to its commit: its entries are consecutive
        stored.stream().collect(Collectors.groupingBy(entry -> entry.actorId() + "/" + entry.entityId().split("-")[0]))
                .values().forEach(transaction -> {
                    assertThat(transaction).hasSize(ENTRIES_PER_TRANSACTION);
                    long first = transaction.get(0).sequence();
                    assertThat(transaction).extracting(AuditEntry::sequence)
                            .containsExactlyElementsOf(LongStream.range(first, first + ENTRIES_PER_TRANSACTION).boxed().toList());
                });
    }

    /** Entity ids "transaction-entry"; those of transactions that roll back start with "x". */
    /** Starts the work of every worker at the same moment, each on a thread of its own, and waits for all. */
    private static void allWorkersAtOnce(Consumer<String> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String worker = "worker-" + t;
                workers.add(pool.submit(() -> {
                    start.await();
                    work.accept(worker);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> done : workers) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void appendInTransactions(String worker) {
        for (int t = 0; t < TRANSACTIONS_PER_THREAD; t++) {
            boolean rollBack = t % ROLLBACK_EVERY_TRANSACTION == 0;
            String transaction = (rollBack ? "x" : "") + t;
            try {
                audit.transactions.required(c -> {
                    for (int e = 0; e < ENTRIES_PER_TRANSACTION; e++) {
                        audit.trail.record(event(worker, transaction + "-" + e));
                    }
                    if (rollBack) {
                        throw new AbandonedWork();
                    }
                    return null;
                });
            } catch (AbandonedWork expected) {
                // its entries must vanish with it
            }
        }
    }

    private void appendAll(String worker) {
        for (int i = 0; i < APPENDS_PER_THREAD; i++) {
            int number = i;
            if (i % ROLLBACK_EVERY == 0) {
                recordThenRollBack(worker, number);
            }
            audit.trail.record(event(worker, number)); // a transaction of its own
        }
    }

    private void recordThenRollBack(String worker, int number) {
        try {
            audit.transactions.required(c -> {
                audit.trail.record(event(worker, number));
                throw new AbandonedWork();
            });
        } catch (AbandonedWork expected) {
            // the point: the entry it recorded must vanish with it
        }
    }

    private static AuditEvent event(String worker, int number) {
        return new AuditEvent(new Actor(worker, worker, Set.of(), RegionCode.NATIONAL), "payout.recorded", "payout",
                Integer.toString(number), null, null, "{\"n\":" + number + "}");
    }

    private static AuditEvent event(String worker, String entity) {
        return new AuditEvent(new Actor(worker, worker, Set.of(), RegionCode.NATIONAL), "payout.paid", "payout",
                entity, null, null, null);
    }

    private static final class AbandonedWork extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
