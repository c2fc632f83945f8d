package org.cultivar.launcher.framework;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The packages the host exports into the framework, computed from the jars' own
 * {@code Export-Package} headers (never a hand-kept list): the Cultivar API jars
 * ({@code org.cultivar.*.api}), Vaadin Flow ({@code com.vaadin.flow.*}) and SLF4J. Versions
 * are kept because bundles import Vaadin with version ranges; {@code uses} directives are
 * dropped, since everything exported shares the host's one class loader.
 */
public final class SystemPackages {

    private SystemPackages() {
    }

    /**
     * Writes the export list as a bnd include ({@code -runsystempackages}), so the build-time
     * resolve of the product's bundles sees exactly what the launcher will export.
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, "-runsystempackages: " + exportList(SystemPackages.class.getClassLoader()) + "\n");
    }

    public static String exportList(ClassLoader loader) throws IOException {
        TreeMap<String, String> exports = new TreeMap<>();
        Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            URL url = manifests.nextElement();
            try (InputStream in = url.openStream()) {
                Attributes main = new Manifest(in).getMainAttributes();
                String header = main.getValue("Export-Package");
                String symbolicName = main.getValue("Bundle-SymbolicName");
                if (header != null) {
                    collect(header, isCultivarApi(symbolicName), exports);
                }
            }
        }
        return String.join(",", exports.values());
    }

    private static boolean isCultivarApi(String symbolicName) {
        return symbolicName != null && symbolicName.startsWith("org.cultivar.") && symbolicName.split(";")[0].endsWith(".api");
    }

    static void collect(String header, boolean cultivarApi, TreeMap<String, String> exports) {
        for (String clause : clauses(header)) {
            String[] parts = splitOutsideQuotes(clause, ';');
            String version = null;
            List<String> packages = new ArrayList<>();
            for (String part : parts) {
                String p = part.trim();
                if (p.startsWith("version=")) {
                    version = p.substring("version=".length()).replace("\"", "");
                } else if (!p.contains("=")) {
                    packages.add(p);
                }
            }
            for (String name : packages) {
                if (cultivarApi || name.startsWith("com.vaadin.flow") || name.equals("org.slf4j") || name.startsWith("org.slf4j.")) {
                    exports.putIfAbsent(name, version == null ? name : name + ";version=\"" + version + "\"");
                }
            }
        }
    }

    static List<String> clauses(String header) {
        return List.of(splitOutsideQuotes(header, ','));
    }

    /** Splits at the separator except inside double quotes ({@code uses:="a,b"}). */
    static String[] splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString().trim());
        }
        return parts.toArray(String[]::new);
    }
}
