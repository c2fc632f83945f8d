package org.cultivar.store.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cultivar.store.api.Schema;

/** Writes small bundles that own tables: a manifest header and SQL files, nothing else. */
final class OwnerBundles {

    private OwnerBundles() {
    }

    /** @param files entry path (under the bundle root) to text */
    static Path write(Path dir, String symbolicName, Map<String, String> files) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue(Schema.MIGRATIONS_HEADER, "db/migration");
        Path jar = dir.resolve(symbolicName + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream bundle = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                bundle.putNextEntry(new JarEntry(file.getKey()));
                bundle.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                bundle.closeEntry();
            }
        }
        return jar;
    }
}
