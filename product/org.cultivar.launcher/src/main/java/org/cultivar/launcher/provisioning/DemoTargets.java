package org.cultivar.launcher.provisioning;

import java.util.Map;
import org.cultivar.core.api.platform.ConfigurableComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code --demo}: gives the registry cultivation targets for the province and its two demo
 * cities when it has none, so that the targets page shows progress rather than "none configured".
 * Set through {@link FeatureManager#configure} like an official's form, so the change is validated
 * and audited as the demo's; targets someone configured are never replaced.
 */
public final class DemoTargets {

    static final String REGISTRY_PID = "org.cultivar.registry";

    /**
     * Region:tier=count, in the form the registry's configuration takes; sized to the demo registry's
     * titles in force so that most targets stand between two thirds and four fifths met and one is met.
     */
    static final String TARGETS = String.join(",",
            "440000:INNOVATIVE_SME=1000", "440000:SPECIALIZED_SME=1400", "440000:LITTLE_GIANT=900",
            "440100:INNOVATIVE_SME=40", "440100:SPECIALIZED_SME=80", "440100:LITTLE_GIANT=60",
            "440300:INNOVATIVE_SME=60", "440300:SPECIALIZED_SME=80", "440300:LITTLE_GIANT=30");

    private static final Logger LOG = LoggerFactory.getLogger(DemoTargets.class);

    private DemoTargets() {
    }

    public static void configureIfNone(FeatureManager features) {
        try {
            ConfigurableComponent registry = features.configurableComponents(DemoFeatures.DEMO_ADMINISTRATOR).stream()
                    .filter(component -> component.pid().equals(REGISTRY_PID)).findFirst().orElse(null);
            if (registry == null) {
                LOG.error("Demo: the registry's configuration {} is not there; no demo targets", REGISTRY_PID);
                return;
            }
            boolean none = registry.fields().stream().filter(field -> field.id().equals("targets"))
                    .allMatch(field -> field.currentValue() == null || field.currentValue().isBlank());
            if (none) {
                features.configure(DemoFeatures.DEMO_ADMINISTRATOR, REGISTRY_PID, Map.of("targets", TARGETS));
                LOG.info("Demo: cultivation targets set for Guangdong, Guangzhou and Shenzhen");
            }
        } catch (RuntimeException e) { // refused or failed: the demo goes on without targets
            LOG.error("Demo: cultivation targets not set: {}", e.getMessage());
        }
    }
}
