package org.cultivar.core.api.platform;

import java.time.Instant;

/**
 * An uploaded jar an administrator trusted by confirming its hash; re-installed at every
 * start while the stored file still has that hash.
 *
 * @param sha256   lower-case hex; also names the stored file
 * @param fileName the file name as uploaded, for display only
 */
public record TrustedUpload(String sha256, String symbolicName, String version, String fileName,
                            String trustedBy, Instant trustedAt) {
}
