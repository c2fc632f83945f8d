package org.cultivar.reports;

/**
 * Runs Jasper work with this bundle's class loader as the thread's context class loader:
 * Jasper finds its extensions (the font, the JDT compiler, the PDF exporter) through it, and
 * in the framework the caller's loader (a Jetty thread's, say) cannot see them.
 */
final class OwnClassLoader {

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private OwnClassLoader() {
    }

    static <T> T around(Work<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OwnClassLoader.class.getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
