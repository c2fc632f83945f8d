package org.cultivar.subsidy.payments;

import java.util.function.Supplier;

/**
 * Runs JAXB work with this bundle's class loader as the thread's context class loader. The
 * Jakarta XML Binding API finds its implementation through that loader, and in the framework
 * only this bundle's class path holds the embedded JAXB runtime: a caller's thread (a Jetty
 * worker, a batch job) would otherwise carry a loader that sees none.
 */
final class BundleClassLoader {

    private BundleClassLoader() {
    }

    static <T> T around(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(BundleClassLoader.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
