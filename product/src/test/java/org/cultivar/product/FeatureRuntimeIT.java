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
import java.util.Set;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.platform.BundleSummary;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
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
    private static final Actor ADMIN = new Actor("it-admin", "IT administrator", Set.of(Role.ADMINISTRATOR), RegionCode.NATIONAL);
    private static final Actor GZ_OFFICIAL = new Actor("it-gz-official", "Guangzhou official", Set.of(Role.OFFICIAL), RegionCode.of("440100"));
    private static final Actor GZ_CLERK = new Actor("it-gz-clerk", "Guangzhou clerk", Set.of(Role.CLERK), RegionCode.of("440100"));
    private static final Actor AUDITOR = new Actor("it-auditor", "Auditor", Set.of(Role.AUDITOR), RegionCode.NATIONAL);

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
        assertThat(features.bundles(ADMIN)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.state()).as(b.symbolicName()).isEqualTo("ACTIVE"));
        assertThat(features.bundles(ADMIN)).extracting(BundleSummary::symbolicName)
                .contains("org.cultivar.store", "org.cultivar.platform", "org.apache.felix.scr");
    }

    @Test
    void theExampleFeatureInstallsItsViewAndUninstallRemovesIt() {
        assertThat(viewRoutes()).isEmpty();

        features.installFeature(ADMIN, EXAMPLE);
        assertThat(viewRoutes()).containsExactly("example/greeting");
        assertThat(features.features(ADMIN)).filteredOn(f -> f.id().equals(EXAMPLE)).extracting(FeatureSummary::installed).containsExactly(true);

        features.uninstallFeature(ADMIN, EXAMPLE);
        assertThat(viewRoutes()).isEmpty();
        assertThat(symbolicNames()).doesNotContain("org.cultivar.example.greeting");
    }

    @Test
    void platformBundlesAndThePlatformFeatureAreLocked() {
        long store = bundleId("org.cultivar.store");
        assertThatThrownBy(() -> features.stopBundle(ADMIN, store)).isInstanceOf(PlatformException.class).hasMessageContaining("cannot be stopped");
        assertThatThrownBy(() -> features.uninstallBundle(ADMIN, store)).hasMessageContaining("cannot be uninstalled");
        assertThatThrownBy(() -> features.uninstallFeature(ADMIN, "org.cultivar:org.cultivar.feature.platform:0.1.0-SNAPSHOT"))
                .hasMessageContaining("cannot be uninstalled");
        assertThat(framework.context().getBundle(store).getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void aCorruptJarIsRefusedAndNothingStaysInstalled() throws IOException {
        Path jar = repository.resolve("org/cultivar/org.cultivar.example.greeting/0.1.0-SNAPSHOT/org.cultivar.example.greeting-0.1.0-SNAPSHOT.jar");
        Files.writeString(jar, "this is not a jar");
        int before = framework.context().getBundles().length;

        assertThatThrownBy(() -> features.installFeature(ADMIN, EXAMPLE))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("was not installed")
                .hasMessageContaining("not a valid bundle");
        assertThat(framework.context().getBundles()).hasSize(before);
        assertThat(features.features(ADMIN)).filteredOn(f -> f.id().equals(EXAMPLE)).extracting(FeatureSummary::installed).containsExactly(false);
    }

    @Test
    void anUnresolvableFeatureIsRefusedNamingTheMissingRequirement() throws IOException {
        writeBundle(repository.resolve("test/needs-missing/1.0.0/needs-missing-1.0.0.jar"), "test.needs.missing", "org.nowhere.missing");
        Files.writeString(repository.resolve("features/test.unresolvable.json"), """
                { "id": "test:test.unresolvable:1.0.0", "name": "Unresolvable",
                  "bundles": [ "org.cultivar:org.cultivar.example.greeting:0.1.0-SNAPSHOT", "test:needs-missing:1.0.0" ] }
                """);
        int before = framework.context().getBundles().length;

        assertThatThrownBy(() -> features.installFeature(ADMIN, "test:test.unresolvable:1.0.0"))
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
        assertThatThrownBy(() -> features.features(ADMIN)).isInstanceOf(PlatformException.class).hasMessageContaining("broken.json");
    }

    @Test
    void installedFeaturesSurviveARestart() throws Exception {
        features.installFeature(ADMIN, EXAMPLE);
        features.close();
        framework.stop(10_000);

        framework = EmbeddedFramework.start(DataDirectory.prepare(temp.resolve("data")), Map.of());
        features = new FeatureManager(framework.context(), new FeatureRepository(repository));
        features.installPlatform();
        features.restoreInstalledFeatures(30_000);

        assertThat(viewRoutes()).containsExactly("example/greeting");
    }

    @Test
    void installsAreAuditedWithTheActor() throws Exception {
        features.installFeature(ADMIN, EXAMPLE);
        features.uninstallFeature(ADMIN, EXAMPLE);
        AuditTrail trail = service(AuditTrail.class);
        java.util.List<AuditEntry> entries = trail.find(ADMIN, new AuditQuery(null, null, "feature", EXAMPLE, null, null, 0, 10));
        assertThat(entries).extracting(AuditEntry::action).containsExactly("feature.uninstalled", "feature.installed");
        assertThat(entries).extracting(AuditEntry::actorId).containsOnly("it-admin");
        assertThat(trail.verify(ADMIN).intact()).isTrue();
    }

    @Test
    void onlyAdministratorsMayTouchBundlesAndFeaturesWithoutARegion() {
        for (Actor denied : java.util.List.of(GZ_OFFICIAL, GZ_CLERK, AUDITOR)) {
            assertThatThrownBy(() -> features.installFeature(denied, EXAMPLE)).as(denied.userId()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> features.bundles(denied)).as(denied.userId()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> features.stopBundle(denied, 1)).as(denied.userId()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> features.configure(denied, "org.cultivar.store", java.util.Map.of("maximumPoolSize", "3")))
                    .as(denied.userId()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(features.features(GZ_CLERK)).isEmpty();
        assertThat(features.features(AUDITOR)).isEmpty();
        assertThat(features.features(GZ_OFFICIAL)).extracting(FeatureSummary::id).doesNotContain(EXAMPLE);
        assertThat(features.configurableComponents(GZ_OFFICIAL)).isEmpty();
        assertThat(viewRoutes()).isEmpty();
    }

    @Test
    void anOfficialManagesOnlyTheFeaturesOfTheirRegion() throws IOException {
        Files.writeString(repository.resolve("features/test.guangzhou.json"), """
                { "id": "test:test.guangzhou:1.0.0", "name": "Guangzhou example", "categories": ["region:440100"],
                  "bundles": [ "org.cultivar:org.cultivar.example.greeting:0.1.0-SNAPSHOT" ] }
                """);
        Actor szOfficial = new Actor("it-sz-official", "Shenzhen official", Set.of(Role.OFFICIAL), RegionCode.of("440300"));
        assertThatThrownBy(() -> features.installFeature(szOfficial, "test:test.guangzhou:1.0.0"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("does not belong to your region");

        features.installFeature(GZ_OFFICIAL, "test:test.guangzhou:1.0.0");
        assertThat(viewRoutes()).containsExactly("example/greeting");
        assertThat(features.configurableComponents(GZ_OFFICIAL)).extracting(c -> c.pid()).containsExactly("org.cultivar.example.greeting");
        features.configure(GZ_OFFICIAL, "org.cultivar.example.greeting", java.util.Map.of("repetitions", "3"));
        assertThatThrownBy(() -> features.configure(szOfficial, "org.cultivar.example.greeting", java.util.Map.of("repetitions", "4")))
                .isInstanceOf(AccessDeniedException.class);
        features.uninstallFeature(GZ_OFFICIAL, "test:test.guangzhou:1.0.0");
        assertThat(viewRoutes()).isEmpty();
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        org.osgi.util.tracker.ServiceTracker<T, T> tracker = new org.osgi.util.tracker.ServiceTracker<>(framework.context(), type, null);
        tracker.open();
        return tracker.waitForService(10_000);
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
        return features.bundles(ADMIN).stream().filter(b -> b.symbolicName().equals(symbolicName)).findFirst().orElseThrow().id();
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
