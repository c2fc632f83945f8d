package org.cultivar.subsidy.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cultivar.subsidy.api.SubsidySchedule;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The services the seeding uses, looked up when needed rather than injected by DS: setting the
 * demo payer accounts reconfigures the engine, which re-registers some of its services, and a
 * component with static references would be deactivated — and its seeding thread stopped — by that.
 */
final class DemoServices implements AutoCloseable {

    private final BundleContext context;
    private final long deadlineNanos;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();

    DemoServices(BundleContext context, long deadlineNanos) {
        this.context = context;
        this.deadlineNanos = deadlineNanos;
    }

    /** The service, waiting for it until the seeding's deadline. */
    <S> S get(Class<S> type) throws InterruptedException {
        @SuppressWarnings("unchecked")
        ServiceTracker<S, S> tracker = (ServiceTracker<S, S>) trackers.computeIfAbsent(type, t -> {
            ServiceTracker<S, S> opened = new ServiceTracker<>(context, type, null);
            opened.open();
            return opened;
        });
        long left = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
        S service = tracker.waitForService(left);
        if (service == null) {
            throw new DemoTimeout(type.getSimpleName() + " service");
        }
        return service;
    }

    /** The running schedule with the id, if its bundle is active. */
    Optional<SubsidySchedule> schedule(String scheduleId) throws InterruptedException {
        get(SubsidySchedule.class);
        @SuppressWarnings("unchecked")
        ServiceTracker<SubsidySchedule, SubsidySchedule> tracker =
                (ServiceTracker<SubsidySchedule, SubsidySchedule>) trackers.get(SubsidySchedule.class);
        List<SubsidySchedule> running = new ArrayList<>(tracker.getTracked().values());
        return running.stream().filter(s -> s.definition() != null && scheduleId.equals(s.definition().id())).findFirst();
    }

    BundleContext context() {
        return context;
    }

    boolean pastDeadline() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    @Override
    public void close() {
        trackers.values().forEach(ServiceTracker::close);
    }

    /** What the seeding waited for and never came. */
    static final class DemoTimeout extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DemoTimeout(String what) {
            super("gave up waiting for the " + what);
        }
    }
}
