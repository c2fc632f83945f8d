package org.cultivar.store.migration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

/** The migration failures of the owners currently started, one per owner, kept for /health. */
public final class MigrationFailures {

    private final Map<String, MigrationFailure> byOwner = new ConcurrentSkipListMap<>();
    private final Consumer<List<MigrationFailure>> onChange;

    /** @param onChange told the new list after every change, e.g. to update a service property */
    public MigrationFailures(Consumer<List<MigrationFailure>> onChange) {
        this.onChange = onChange;
    }

    public List<MigrationFailure> failures() {
        return List.copyOf(byOwner.values());
    }

    // synchronized so that listeners are told the lists in the order the changes happened
    synchronized void record(MigrationFailure failure) {
        byOwner.put(failure.owner(), failure);
        onChange.accept(failures());
    }

    /** The owner's migrations succeeded or the owner stopped. */
    synchronized void clear(String owner) {
        if (byOwner.remove(owner) != null) {
            onChange.accept(failures());
        }
    }
}
