package org.cultivar.core.api.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an uploaded jar is, shown to the administrator before they trust it: its hash is what
 * they confirm, so the jar that gets installed is the jar they looked at.
 *
 * @param fileName     the file name as sent, made safe for display; never used as a path
 * @param symbolicName {@code Bundle-SymbolicName} without its directives, or {@code null} if missing
 * @param version      {@code Bundle-Version}, or {@code null} if missing or not a version
 * @param sha256       SHA-256 of the content, lower-case hex
 * @param size         bytes
 * @param manifest     the manifest's main headers, sorted by name (long values shortened)
 * @param problems     why it cannot be installed, each naming the problem; empty if it can
 */
public record UploadedBundle(String fileName, String symbolicName, String version, String sha256, long size,
                             Map<String, String> manifest, List<String> problems) {

    /** The largest jar that may be uploaded: 50 MiB. */
    public static final long MAX_SIZE_BYTES = 50L * 1024 * 1024;

    public UploadedBundle {
        manifest = Collections.unmodifiableMap(new TreeMap<>(manifest));
        problems = List.copyOf(problems);
    }

    public boolean installable() {
        return problems.isEmpty();
    }

    /** The same inspection with more problems, found by checks that need the running framework. */
    public UploadedBundle withProblems(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(problems);
        all.addAll(more);
        return new UploadedBundle(fileName, symbolicName, version, sha256, size, manifest, all);
    }
}
