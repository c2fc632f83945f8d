package org.cultivar.web.osgi;

/** A service the page needs is not registered: its bundle is stopped or missing. */
public class ServiceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Class<?> serviceType;

    public ServiceUnavailableException(Class<?> serviceType) {
        super("Service " + serviceType.getName() + " is not available");
        this.serviceType = serviceType;
    }

    public Class<?> serviceType() {
        return serviceType;
    }
}
