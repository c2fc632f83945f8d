package org.cultivar.core.api.platform;

import java.util.List;

/**
 * The database record of trusted uploaded jars: which bundles beyond the repository's
 * features every node installs at start (DESIGN.md, "Installed features and configuration").
 */
public interface TrustedUploads {

    /** In the order they were trusted. */
    List<TrustedUpload> trusted();

    /**
     * Records the upload, replacing an earlier record of the same hash or the same symbolic
     * name (one that no longer runs: a running one would have been refused as a clash).
     */
    void recordTrusted(TrustedUpload upload);

    void recordRemoved(String sha256);
}
