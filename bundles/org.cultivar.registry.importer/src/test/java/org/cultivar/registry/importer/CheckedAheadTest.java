package org.cultivar.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class CheckedAheadTest {

    private final List<Thread> readers = new ArrayList<>();
    private final ThreadFactory threads = task -> {
        Thread thread = new Thread(task, "reader");
        readers.add(thread);
        return thread;
    };

    @Test
    void storesEverythingReadInOrderOnTheCallingThread() {
        List<Integer> stored = new ArrayList<>();
        List<String> storingThreads = new ArrayList<>();
        CheckedAhead.<Integer>run(chunks -> {
            for (int i = 0; i < 1_000; i++) {
                chunks.accept(i);
            }
        }, chunk -> {
            stored.add(chunk);
            storingThreads.add(Thread.currentThread().getName());
        }, threads);

        assertThat(stored).hasSize(1_000).isSorted();
        assertThat(storingThreads).containsOnly(Thread.currentThread().getName());
        assertThat(readers).singleElement().satisfies(reader -> assertThat(reader.isAlive()).isFalse());
    }

    @Test
    void aReadingFailureArrivesAfterTheChunksReadBeforeIt() {
        List<Integer> stored = new ArrayList<>();
        assertThatThrownBy(() -> CheckedAhead.<Integer>run(chunks -> {
            chunks.accept(1);
            chunks.accept(2);
            throw new UnreadableFileException(4, "file", "第 4 行不完整。", "line 4 is cut off");
        }, stored::add, threads)).isInstanceOf(UnreadableFileException.class).hasMessageContaining("cut off");
        assertThat(stored).containsExactly(1, 2);
    }

    @Test
    void whenStoringFailsTheReaderStopsAtItsNextChunkWithoutBeingInterrupted() {
        AtomicInteger read = new AtomicInteger();
        AtomicReference<Boolean> interrupted = new AtomicReference<>(false);
        assertThatThrownBy(() -> CheckedAhead.<Integer>run(chunks -> {
            for (int i = 0; i < 1_000_000; i++) {
                read.incrementAndGet();
                chunks.accept(i);
                interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
            }
        }, chunk -> {
            if (chunk == 3) {
                throw new IllegalStateException("the database went away");
            }
        }, threads)).hasMessage("the database went away");

        assertThat(readers.get(0).isAlive()).as("ended before run returned").isFalse();
        // taken (0–3), waiting, the one being handed when the queue was cleared, and one more read before the reader saw it
        assertThat(read.get()).as("read no further than the chunks waiting").isLessThanOrEqualTo(4 + CheckedAhead.WAITING + 2);
        assertThat(interrupted.get()).isFalse();
    }

    @Test
    void anInterruptOfTheStoringThreadCancelsAndTheReaderEnds() throws InterruptedException {
        CountDownLatch storing = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                CheckedAhead.<Integer>run(chunks -> {
                    for (int i = 0; ; i++) {
                        chunks.accept(i);
                    }
                }, chunk -> {
                    storing.countDown();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("stopped while storing");
                    }
                }, threads);
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        });
        job.start();
        storing.await();
        job.interrupt();
        job.join(10_000);

        assertThat(job.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(CancellationException.class);
        assertThat(readers.get(0).isAlive()).isFalse();
    }
}
