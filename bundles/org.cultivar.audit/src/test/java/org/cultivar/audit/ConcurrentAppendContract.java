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

/** Many transactions appending at once must still form one chain: no fork, no gap, no duplicate. */
abstract class ConcurrentAppendContract {

    static final int THREADS = 8;
    static final int APPENDS_PER_THREAD = 200;
    /** Every so many appends a transaction also records and then rolls back: it must leave no gap. */
    static final int ROLLBACK_EVERY = 10;

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
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String worker = "worker-" + t;
                workers.add(pool.submit(() -> {
                    start.await();
                    appendAll(worker);
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

    private static final class AbandonedWork extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
