package org.cultivar.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cultivar.core.api.platform.ConfigurationOwnedException;
import org.cultivar.core.api.platform.ConfigurationOwner;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The registered {@link ConfigurationOwner}s with the bundle that registered each: an owned
 * configuration is changed only by its owner's bundle (ADR 0006), so a form cannot change
 * parameters beside the history their owner keeps.
 */
@Component(service = ConfigurationOwners.class)
public class ConfigurationOwners {

    /** Owner → id of the bundle that registered it. */
    private final Map<ConfigurationOwner, Long> owners = new ConcurrentHashMap<>();

    @Reference(name = "owners", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeOwner")
    void addOwner(ConfigurationOwner owner, ServiceReference<ConfigurationOwner> reference) {
        add(owner, reference.getBundle().getBundleId());
    }

    void removeOwner(ConfigurationOwner owner) {
        owners.remove(owner);
    }

    void add(ConfigurationOwner owner, long bundleId) {
        owners.put(owner, bundleId);
    }

    /** @throws ConfigurationOwnedException if another bundle than the caller's owns the configuration */
    void requireMayUpdate(String pid, long callerBundleId) {
        owners.forEach((owner, ownerBundleId) -> {
            if (ownerBundleId != callerBundleId && owner.owns(pid)) {
                throw new ConfigurationOwnedException(pid, owner.whereToChange());
            }
        });
    }
}
