package org.cultivar.store.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.framework.Bundle;

/** Reads a bundle's {@code <folder>/V*__*.sql} entries (not its sub-folders). */
final class BundleMigrations {

    private BundleMigrations() {
    }

    static List<Migration> read(Bundle bundle, String folder) throws MigrationFailedException {
        List<Migration> migrations = new ArrayList<>();
        for (URL entry : Collections.list(orEmpty(bundle.findEntries(folder, "V*__*.sql", false)))) {
            String path = entry.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = entry.openStream()) {
                migrations.add(new Migration(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new MigrationFailedException(name, "Cannot read the migration: " + e.getMessage(), e);
            }
        }
        return migrations;
    }

    private static <T> java.util.Enumeration<T> orEmpty(java.util.Enumeration<T> entries) {
        return entries == null ? Collections.emptyEnumeration() : entries;
    }
}
