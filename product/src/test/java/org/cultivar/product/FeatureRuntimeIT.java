package org.cultivar.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.cultivar.core.api.platform.BundleSummary;
import org.cultivar.core.api.platform.FeatureSummary;
import org.cultivar.core.api.platform.PlatformException;
import org.cultivar.core.api.ui.ViewContribution;
import org.cultivar.launcher.DataDirectory;
import org.cultivar.launcher.framework.EmbeddedFramework;
import org.cultivar.launcher.provisioning.FeatureFileException;
import org.cultivar.launcher.provisioning.FeatureManager;
import org.cultivar.launcher.provisioning.FeatureRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Features installed and removed at runtime in a real Felix framework with the real bundles. */
class FeatureRuntimeIT {

    private static final String EXAMPLE = "org.cultivar:org.cultivar.feature.example:0.1.0-SNAPSHOT";

    @TempDir
    Path temp;

    private Path repository;
    private EmbeddedFramework framework;
    private FeatureManager features;

    @BeforeEach
    void start() throws Exception {
        repository = temp.resolve("repository");
        copy(RunningProduct.DISTRIBUTION.resolve("repository"), repository);
        framework = EmbeddedFramework.start(DataDirectory.prepare(temp.resolve("data")), Map.of());
        features = new FeatureManager(framework.context(), new FeatureRepository(repository));
        features.installPlatform();
        features.restoreInstalledFeatures(30_000);
    }

    @AfterEach
    void stop() {
        features.close();
        framework.stop(10_000);
    }

    @Test
    void everyPlatformBundleResolvesAndIsActive() {
        assertThat(features.bundles()).isNotEmpty()
                .allSatisfy(b -> assertThat(b.state()).as(b.symbolicName()).isEqualTo("ACTIVE"));
        assertThat(features.bundles()).extracting(BundleSummary::symbolicName)
                .contains("org.cultivar.store", "org.cultivar.platform", "org.apache.felix.scr");
    }

    @Test
    void theExampleFeatureInstallsItsViewAndUninstallRemovesIt() {
        assertThat(viewRoutes()).isEmpty();

        features.installFeature(EXAMPLE);
        assertThat(viewRoutes()).containsExactly("example/greeting");
        assertThat(features.features()).filteredOn(f -> f.id().equals(EXAMPLE)).extracting(FeatureSummary::installed).containsExactly(true);

        features.uninstallFeature(EXAMPLE);
        assertThat(viewRoutes()).isEmpty();
        assertThat(symbolicNames()).doesNotContain("org.cultivar.example.greeting");
    }

    @Test
    void platformBundlesAndThePlatformFeatureAreLocked() {
        long store = bundleId("org.cultivar.store");
        assertThatThrownBy(() -> features.stopBundle(store)).isInstanceOf(PlatformException.class).hasMessageContaining("cannot be stopped");
        assertThatThrownBy(() -> features.uninstallBundle(store)).hasMessageContaining("cannot be uninstalled");
        assertThatThrownBy(() -> features.uninstallFeature("org.cultivar:org.cultivar.feature.platform:0.1.0-SNAPSHOT"))
                .hasMessageContaining("cannot be uninstalled");
        assertThat(framework.context().getBundle(store).getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void aCorruptJarIsRefusedAndNothingStaysInstalled() throws IOException {
        Path jar = repository.resolve("org/cultivar/org.cultivar.example.greeting/0.1.0-SNAPSHOT/org.cultivar.example.greeting-0.1.0-SNAPSHOT.jar");
        Files.writeString(jar, "this is not a jar");
        int before = framework.context().getBundles().length;

        assertThatThrownBy(() -> features.installFeature(EXAMPLE))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("was not installed")
                .hasMessageContaining("not a valid bundle");
        assertThat(framework.context().getBundles()).hasSize(before);
        assertThat(features.features()).filteredOn(f -> f.id().equals(EXAMPLE)).extracting(FeatureSummary::installed).containsExactly(false);
    }

    @Test
    void anUnresolvableFeatureIsRefusedNamingTheMissingRequirement() throws IOException {
        writeBundle(repository.resolve("test/needs-missing/1.0.0/needs-missing-1.0.0.jar"), "test.needs.missing", "org.nowhere.missing");
        Files.writeString(repository.resolve("features/test.unresolvable.json"), """
                { "id": "test:test.unresolvable:1.0.0", "name": "Unresolvable",
                  "bundles": [ "org.cultivar:org.cultivar.example.greeting:0.1.0-SNAPSHOT", "test:needs-missing:1.0.0" ] }
                """);
        int before = framework.context().getBundles().length;

        assertThatThrownBy(() -> features.installFeature("test:test.unresolvable:1.0.0"))
                .hasMessageContaining("test.needs.missing does not resolve")
                .hasMessageContaining("org.nowhere.missing");
        assertThat(framework.context().getBundles()).hasSize(before);
        assertThat(viewRoutes()).isEmpty();
    }

    @Test
    void aFeatureFileWithASyntaxErrorIsNamedWithItsLine() throws IOException {
        Files.writeString(repository.resolve("features/broken.json"), "{\n  \"id\": \"x:y:1\",\n  \"bundles\": [ oops ]\n}\n");
        assertThatThrownBy(() -> new FeatureRepository(repository).features())
                .isInstanceOf(FeatureFileException.class)
                .hasMessageContaining("broken.json is not valid JSON at line 3");
        assertThatThrownBy(() -> features.features()).isInstanceOf(PlatformException.class).hasMessageContaining("broken.json");
    }

    @Test
    void installedFeaturesSurviveARestart() throws Exception {
        features.installFeature(EXAMPLE);
        features.close();
        framework.stop(10_000);

        framework = EmbeddedFramework.start(DataDirectory.prepare(temp.resolve("data")), Map.of());
        features = new FeatureManager(framework.context(), new FeatureRepository(repository));
        features.installPlatform();
        features.restoreInstalledFeatures(30_000);

        assertThat(viewRoutes()).containsExactly("example/greeting");
    }

    private java.util.List<String> viewRoutes() {
        try {
            ServiceReference<?>[] references = framework.context().getServiceReferences(ViewContribution.class.getName(), null);
            if (references == null) {
                return java.util.List.of();
            }
            return Stream.of(references).map(r -> ((ViewContribution) framework.context().getService(r)).route()).toList();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.List<String> symbolicNames() {
        return Stream.of(framework.context().getBundles()).map(Bundle::getSymbolicName).toList();
    }

    private long bundleId(String symbolicName) {
        return features.bundles().stream().filter(b -> b.symbolicName().equals(symbolicName)).findFirst().orElseThrow().id();
    }

    private static void writeBundle(Path jar, String symbolicName, String importedPackage) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", importedPackage);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all this bundle needs
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
