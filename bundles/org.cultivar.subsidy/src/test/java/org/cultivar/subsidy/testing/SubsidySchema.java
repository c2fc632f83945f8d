package org.cultivar.subsidy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cultivar.store.migration.HistoryTables;
import org.cultivar.store.migration.Migration;
import org.cultivar.store.migration.MigrationFailedException;
import org.cultivar.store.migration.MigrationRunner;

/** Applies this bundle's migrations with the store's own runner, as the store does at start. */
public final class SubsidySchema {

    public static final String OWNER = "org.cultivar.subsidy";
    public static final String FOLDER = "db/migration";

    private SubsidySchema() {
    }

    public static String migrate(DataSource pool) {
        try {
            return new MigrationRunner(pool, MigrationRunner.class.getClassLoader())
                    .migrate(HistoryTables.forOwner(OWNER), migrations());
        } catch (MigrationFailedException e) {
            throw new IllegalStateException(e.migration() + ": " + e.getMessage(), e);
        }
    }

    /** The migration files of the bundle, read from the build output as the store reads the bundle. */
    public static List<Migration> migrations() {
        try (Stream<Path> files = Files.list(Path.of(SubsidySchema.class.getClassLoader().getResource(FOLDER).toURI()))) {
            return files.filter(file -> file.getFileName().toString().matches("V.*__.*\\.sql"))
                    .map(SubsidySchema::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Migration read(Path file) {
        try {
            return new Migration(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
