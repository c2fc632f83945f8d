package org.cultivar.launcher.provisioning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cultivar.core.api.platform.UploadedBundle;
import org.osgi.framework.Version;

/**
 * Reads an uploaded jar from memory and says what it is and what is wrong with it, before the
 * framework sees it. Every entry is inflated once, with caps on entry count and unpacked size,
 * so a zip bomb costs bounded time and no memory; a corrupt entry fails its CRC check here.
 */
final class JarInspector {

    static final int MAX_ENTRIES = 50_000;
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    private static final int MAX_MANIFEST_BYTES = 1024 * 1024;
    private static final int MAX_SHOWN_HEADERS = 200;
    private static final int MAX_SHOWN_VALUE = 1000;
    // with ":" and the version they fit the audit trail's entity id (200 characters)
    private static final int MAX_SYMBOLIC_NAME = 150;
    private static final int MAX_VERSION = 48;
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final int END_OF_DIRECTORY = 0x06054b50;
    /** The end-of-directory record is 22 bytes plus a comment of at most 65535. */
    private static final int END_OF_DIRECTORY_SEARCH = 22 + 65_535;

    private final long maxSize;
    private final int maxEntries;
    private final long maxUnpacked;

    JarInspector() {
        this(UploadedBundle.MAX_SIZE_BYTES, MAX_ENTRIES, MAX_UNPACKED_BYTES);
    }

    /** Smaller limits let a test reach them without building huge archives. */
    JarInspector(long maxSize, int maxEntries, long maxUnpacked) {
        this.maxSize = maxSize;
        this.maxEntries = maxEntries;
        this.maxUnpacked = maxUnpacked;
    }

    UploadedBundle inspect(String fileName, byte[] content) {
        UploadFileName name = UploadFileName.of(fileName);
        List<String> problems = new ArrayList<>();
        name.problem().ifPresent(problems::add);
        byte[] bytes = content == null ? new byte[0] : content;
        String sha256 = Sha256.of(bytes);
        Inspection inspection = new Inspection(problems);
        if (bytes.length == 0) {
            problems.add("The file is empty");
        } else if (bytes.length > maxSize) {
            problems.add("The file has " + megabytes(bytes.length) + "; at most " + megabytes(maxSize) + " may be uploaded");
        } else {
            inspection.read(bytes);
        }
        return new UploadedBundle(name.display(), inspection.symbolicName, inspection.version, sha256, bytes.length,
                inspection.headers, problems);
    }

    /** What one reading found; filled step by step, each step only if the one before succeeded. */
    private final class Inspection {
        private final List<String> problems;
        private final Map<String, String> headers = new TreeMap<>();
        private String symbolicName;
        private String version;

        Inspection(List<String> problems) {
            this.problems = problems;
        }

        void read(byte[] bytes) {
            byte[] manifestBytes = manifestOf(bytes);
            if (manifestBytes == null) {
                return;
            }
            Manifest manifest;
            try {
                manifest = new Manifest(new ByteArrayInputStream(manifestBytes));
            } catch (IOException | RuntimeException e) {
                problems.add("Its manifest cannot be read: " + e.getMessage());
                return;
            }
            Attributes main = manifest.getMainAttributes();
            main.forEach((key, value) -> {
                if (headers.size() < MAX_SHOWN_HEADERS) {
                    headers.put(key.toString(), shortened(String.valueOf(value)));
                }
            });
            checkHeaders(main);
        }

        /** The manifest's bytes, or null with the reason added to the problems. */
        private byte[] manifestOf(byte[] bytes) {
            if (!hasEndOfDirectory(bytes)) {
                problems.add(startsLikeZip(bytes)
                        ? "It is incomplete: the zip directory at its end is missing (was the upload cut off?)"
                        : "It is not a jar (zip) archive");
                return null;
            }
            byte[] manifest = null;
            int entries = 0;
            long unpacked = 0;
            byte[] buffer = new byte[16 * 1024];
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (++entries > maxEntries) {
                        problems.add("It has more than " + maxEntries + " entries");
                        return null;
                    }
                    boolean isManifest = entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF");
                    if (isManifest && manifest != null) {
                        // two readers might pick different ones: what was shown must be what runs
                        problems.add("It has two manifests");
                        return null;
                    }
                    ByteArrayOutputStream manifestOut = isManifest ? new ByteArrayOutputStream() : null;
                    for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                        unpacked += n;
                        if (unpacked > maxUnpacked) {
                            problems.add("It unpacks to more than " + megabytes(maxUnpacked) + " (a zip bomb?)");
                            return null;
                        }
                        if (manifestOut != null) {
                            if (manifestOut.size() + n > MAX_MANIFEST_BYTES) {
                                problems.add("Its manifest is larger than " + megabytes(MAX_MANIFEST_BYTES));
                                return null;
                            }
                            manifestOut.write(buffer, 0, n);
                        }
                    }
                    if (manifestOut != null) {
                        manifest = manifestOut.toByteArray();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // ZipException for bad CRCs and headers; IllegalArgumentException for malformed entry names
                problems.add("It is not a valid jar: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return null;
            }
            if (entries == 0) {
                problems.add("It is not a jar (zip) archive");
                return null;
            }
            if (manifest == null) {
                problems.add("It has no META-INF/MANIFEST.MF, so it is not a bundle");
            }
            return manifest;
        }

        private void checkHeaders(Attributes main) {
            String manifestVersion = main.getValue("Bundle-ManifestVersion");
            if (manifestVersion == null) {
                problems.add("Its manifest has no Bundle-ManifestVersion, so it is not an OSGi bundle");
            } else if (!manifestVersion.strip().equals("2")) {
                problems.add("Its Bundle-ManifestVersion is " + shortened(manifestVersion) + "; only 2 is supported");
            }
            String nameHeader = main.getValue("Bundle-SymbolicName");
            if (nameHeader == null || nameHeader.isBlank()) {
                problems.add("Its manifest has no Bundle-SymbolicName");
            } else {
                String name = nameHeader.split(";", 2)[0].strip();
                if (name.length() > MAX_SYMBOLIC_NAME || !SYMBOLIC_NAME.matcher(name).matches()) {
                    problems.add("Its Bundle-SymbolicName " + shortened(name) + " is not a symbolic name");
                } else {
                    symbolicName = name;
                }
            }
            String versionHeader = main.getValue("Bundle-Version");
            if (versionHeader == null || versionHeader.isBlank()) {
                problems.add("Its manifest has no Bundle-Version");
            } else {
                try {
                    String parsed = Version.parseVersion(versionHeader.strip()).toString();
                    if (parsed.length() > MAX_VERSION) {
                        throw new IllegalArgumentException("too long");
                    }
                    version = parsed;
                } catch (IllegalArgumentException e) {
                    problems.add("Its Bundle-Version " + shortened(versionHeader) + " is not a version (major.minor.micro.qualifier)");
                }
            }
            String host = main.getValue("Fragment-Host");
            if (host != null) {
                // a fragment joins its host's class loader: it would change a bundle nobody uploaded
                problems.add("It is a fragment of " + shortened(host.split(";", 2)[0].strip())
                        + "; only bundles of their own may be uploaded, fragments would change the bundle they attach to");
            }
        }
    }

    private static boolean hasEndOfDirectory(byte[] bytes) {
        int from = Math.max(0, bytes.length - END_OF_DIRECTORY_SEARCH);
        for (int i = bytes.length - 22; i >= from; i--) {
            if (littleEndianInt(bytes, i) == END_OF_DIRECTORY) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsLikeZip(byte[] bytes) {
        return bytes.length >= 4 && littleEndianInt(bytes, 0) == 0x04034b50;
    }

    private static int littleEndianInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
    }

    private static String shortened(String value) {
        String oneLine = value.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= MAX_SHOWN_VALUE ? oneLine : oneLine.substring(0, MAX_SHOWN_VALUE) + "…";
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
