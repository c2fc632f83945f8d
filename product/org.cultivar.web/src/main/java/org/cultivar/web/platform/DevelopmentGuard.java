package org.cultivar.web.platform;

import com.vaadin.flow.server.VaadinRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * DEVELOPMENT ONLY. Until sign-in and roles exist, the Platform page is limited to requests
 * from this machine's loopback address. This does not secure anything: anyone with a shell
 * on the server passes. Sign-in with the administrator role replaces it.
 */
public final class DevelopmentGuard {

    private DevelopmentGuard() {
    }

    public static boolean allows(VaadinRequest request) {
        if (request == null || request.getRemoteAddr() == null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
