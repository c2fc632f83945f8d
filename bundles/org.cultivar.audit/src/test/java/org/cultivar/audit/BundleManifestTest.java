package org.cultivar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;

import org.cultivar.audit.testing.AuditSchema;
import org.cultivar.store.api.Schema;
import org.junit.jupiter.api.Test;

/**
 * What bnd generated: the store finds the migrations only through the manifest header, and
 * the component activates only when the Schema filter names this very bundle.
 */
class BundleManifestTest {

    @Test
    void declaresItsMigrationsWhereTheyAre() throws IOException {
        Manifest manifest = read("META-INF/MANIFEST.MF");

        assertThat(manifest.getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo(AuditSchema.OWNER);
        assertThat(manifest.getMainAttributes().getValue(Schema.MIGRATIONS_HEADER)).isEqualTo(AuditSchema.FOLDER);
        assertThat(AuditSchema.migrations()).extracting(migration -> migration.name()).contains("V1__audit.sql");
    }

    @Test
    void waitsForItsOwnSchema() throws IOException {
        String component = text("OSGI-INF/" + ChainedAuditTrail.class.getName() + ".xml");

        assertThat(component).contains("target=\"(" + Schema.OWNER_PROPERTY + "=" + AuditSchema.OWNER + ")\"");
    }

    private static Manifest read(String resource) throws IOException {
        try (InputStream in = Files.newInputStream(inBundle(resource))) {
            return new Manifest(in);
        }
    }

    private static String text(String resource) throws IOException {
        return Files.readString(inBundle(resource), StandardCharsets.UTF_8);
    }

    /** From the bundle's own output folder, not whichever jar on the test class path comes first. */
    private static Path inBundle(String resource) {
        try {
            return Path.of(ChainedAuditTrail.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(resource);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
