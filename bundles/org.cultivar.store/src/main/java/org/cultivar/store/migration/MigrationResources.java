package org.cultivar.store.migration;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway migrations already read into memory. Flyway's own class-path scanning cannot
 * look inside another bundle, so the store reads the owner's entries and passes them here.
 */
final class MigrationResources implements ResourceProvider {

    private final List<LoadableResource> resources;

    MigrationResources(List<Migration> migrations) {
        this.resources = migrations.stream().<LoadableResource>map(InMemoryResource::new).toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream().filter(r -> r.getRelativePath().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
        return resources.stream()
                .filter(r -> r.getFilename().startsWith(prefix))
                .filter(r -> Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith))
                .toList();
    }

    private static final class InMemoryResource extends LoadableResource {
        private final Migration migration;

        InMemoryResource(Migration migration) {
            this.migration = migration;
        }

        @Override
        public Reader read() {
            return new StringReader(migration.sql());
        }

        @Override
        public String getAbsolutePath() {
            return migration.name();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return null;
        }

        @Override
        public String getFilename() {
            return migration.name();
        }

        @Override
        public String getRelativePath() {
            return migration.name();
        }
    }
}
