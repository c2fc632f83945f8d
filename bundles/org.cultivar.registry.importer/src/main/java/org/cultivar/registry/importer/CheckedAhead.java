package org.cultivar.registry.importer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A file read and checked ahead of its storing: a thread of its own parses, validates and
 * compares the next chunks with the registry while the import thread stores the part before, so
 * on two or more cores the checking (about a third of the import thread's time) overlaps the
 * writing instead of adding to it. Chunks arrive in file order, and a failure of the reading
 * arrives after the chunks before it, exactly as without the thread.
 *
 * @param <T> what the reading hands on
 */
final class CheckedAhead<T> {

    /** Chunks checked and not yet stored: two parts' worth bounds the memory held. */
    static final int WAITING = 2 * ImportService.PART_ROWS / BatchListChecker.CHUNK;

    private static final Object END = new Object();

    private record Failure(Throwable error) {
    }

    /** Thrown in the reading thread once nobody takes its chunks any more. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the storing stopped", null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WAITING);
    private volatile boolean abandoned;

    private CheckedAhead() {
    }

    /**
     * Runs {@code reading}, which hands what it reads to the consumer it is given, on a new thread,
     * and {@code storing} on the calling one, until the reading ends or either fails. The reading
     * thread is never interrupted (it may be inside the database); when the storing stops it ends
     * at its next chunk, and this method returns only after it has.
     *
     * @throws CancellationException when the calling thread is interrupted
     */
    static <T> void run(Consumer<Consumer<T>> reading, Consumer<T> storing, ThreadFactory threads) {
        new CheckedAhead<T>().pipe(reading, storing, threads);
    }

    @SuppressWarnings("unchecked")
    private void pipe(Consumer<Consumer<T>> reading, Consumer<T> storing, ThreadFactory threads) {
        Thread reader = threads.newThread(() -> read(reading));
        reader.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    return;
                }
                if (next instanceof Failure failure) {
                    throw rethrown(failure.error());
                }
                storing.accept((T) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Cultivar stopped the import while shutting down");
        } finally {
            abandoned = true;
            queue.clear(); // a reader waiting for room wakes up and sees it was abandoned
            awaitEnd(reader);
        }
    }

    private void read(Consumer<Consumer<T>> reading) {
        try {
            reading.accept(this::hand);
            hand(END);
        } catch (Abandoned e) {
            // nobody takes the rest
        } catch (Throwable e) {
            try {
                hand(new Failure(e));
            } catch (Abandoned ignored) {
                // the storing had already stopped for a reason of its own
            }
        }
    }

    private void hand(Object item) {
        try {
            do {
                if (abandoned) {
                    throw new Abandoned();
                }
            } while (!queue.offer(item, 100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    private static RuntimeException rethrown(Throwable error) {
        if (error instanceof RuntimeException runtime) {
            return runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        return new IllegalStateException(error);
    }

    /**
     * Waits for the reader to end, also when interrupted (Cultivar shutting down): it ends at its
     * next chunk, and the file it reads is deleted once this returns. The interrupt is kept.
     */
    private static void awaitEnd(Thread reader) {
        boolean interrupted = Thread.interrupted();
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
