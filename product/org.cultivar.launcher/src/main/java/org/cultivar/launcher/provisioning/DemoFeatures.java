package org.cultivar.launcher.provisioning;

import java.util.EnumSet;
import java.util.List;

import org.cultivar.core.api.platform.FeatureSummary;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code --demo}: installs the Guangzhou and Shenzhen features unless they are installed
 * already, through {@link FeatureManager#installFeature} like an administrator's click, so the
 * installation is recorded and audited and the next start restores it like any other. A failure
 * is logged and the product starts anyway: the demo without schedules still shows the registry.
 */
public final class DemoFeatures {

    /** Feature ids without their version, which the repository's files carry. */
    static final List<String> FEATURES = List.of("org.cultivar:org.cultivar.feature.guangzhou:",
            "org.cultivar:org.cultivar.feature.shenzhen:");

    /** Named so the audit trail shows the demo did it, not a person; not the engine's {@link Actor#SYSTEM}, which has no role. */
    static final Actor DEMO_ADMINISTRATOR = new Actor("demo.seeding", "演示数据 Demo seeding",
            EnumSet.of(Role.ADMINISTRATOR), RegionCode.NATIONAL);

    private static final Logger LOG = LoggerFactory.getLogger(DemoFeatures.class);

    private DemoFeatures() {
    }

    public static void installMissing(FeatureManager features) {
        List<FeatureSummary> known = features.features(DEMO_ADMINISTRATOR);
        for (String prefix : FEATURES) {
            FeatureSummary feature = known.stream().filter(f -> f.id().startsWith(prefix)).findFirst().orElse(null);
            if (feature == null) {
                LOG.error("Demo: the repository has no feature {}*", prefix);
            } else if (!feature.installed()) {
                try {
                    features.installFeature(DEMO_ADMINISTRATOR, feature.id());
                } catch (RuntimeException e) { // refused or failed: the message says which and why
                    LOG.error("Demo: {}", e.getMessage());
                }
            }
        }
    }
}
