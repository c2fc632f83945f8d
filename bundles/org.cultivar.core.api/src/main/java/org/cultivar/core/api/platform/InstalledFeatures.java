package org.cultivar.core.api.platform;

import java.util.List;

/**
 * The database record of which features are installed: the source of truth every node of a
 * cluster reads at start (DESIGN.md, "Installed features and configuration").
 */
public interface InstalledFeatures {

    /** Feature ids in the order they were installed. */
    List<String> installed();

    void recordInstalled(String featureId, String installedBy);

    void recordUninstalled(String featureId);
}
