package org.cultivar.launcher.framework;

import org.osgi.framework.Bundle;

/** Names of bundle states as people and monitoring read them. */
public final class BundleStates {

    private BundleStates() {
    }

    public static String name(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }
}
