package org.cultivar.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.cultivar.core.api.platform.TrustedUpload;
import org.cultivar.core.api.platform.TrustedUploads;
import org.cultivar.core.api.platform.UploadedBundle;
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
    void aChangedRegistryConfigurationIsTakenInPlaceSoNothingUnderWayIsStopped() throws InterruptedException {
        assertConfiguredInPlace("org.cultivar.registry", Map.of("targets", "440100:SPECIALIZED_SME=120"),
                "org.cultivar.registry.api.CultivationTargets", "targets", "440100:SPECIALIZED_SME=120",
                "org.cultivar.registry.api.RegistryEditor", "org.cultivar.registry.api.RegistryBatchWriter");
    }

    @Test
    void aChangedEngineConfigurationIsTakenInPlaceSoNoBulkDecisionOrBatchIsStopped() throws InterruptedException {
        assertConfiguredInPlace("org.cultivar.subsidy", Map.of("batchChunkSize", "250"),
                "org.cultivar.subsidy.api.process.Approvals", "batchChunkSize", "250",
                "org.cultivar.subsidy.api.process.DisbursementBatches");
    }

    /**
     * Configures {@code pid} and waits until {@code watched} carries the change as a service property
     * (Config Admin delivers on a thread of its own); then neither it nor {@code others} was registered anew.
     */
    private void assertConfiguredInPlace(String pid, Map<String, String> values, String watched, String property,
                                         String expected, String... others) throws InterruptedException {
        List<String> services = new java.util.ArrayList<>(List.of(others));
        services.add(watched);
        Map<String, Object> before = new java.util.HashMap<>();
        for (String service : services) {
            before.put(service, framework.context().getServiceReference(service).getProperty("service.id"));
        }

        features.configure(ADMIN, pid, values);

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!propertyOf(watched, property).contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(propertyOf(watched, property)).contains(expected);
        for (String service : services) {
            assertThat(framework.context().getServiceReference(service).getProperty("service.id")).as(service + ", not restarted")
                    .isEqualTo(before.get(service));
        }
    }

    private String propertyOf(String service, String property) {
        ServiceReference<?> reference = framework.context().getServiceReference(service);
        return reference == null ? "" : java.util.Arrays.deepToString(new Object[] {reference.getProperty(property)});
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
        assertThatThrownBy(() -> features.stopBundle(ADMIN, store)).isInstanceOf(PlatformException.class).hasMessageContaining("cannot be stopped")
                .satisfies(refused -> assertThat(((PlatformException) refused).message(true)).isEqualTo("模块 org.cultivar.store 属于平台，不能停止"));
        assertThatThrownBy(() -> features.uninstallBundle(ADMIN, store)).hasMessageContaining("cannot be uninstalled");
        assertThatThrownBy(() -> features.uninstallFeature(ADMIN, "org.cultivar:org.cultivar.feature.platform:0.1.0-SNAPSHOT"))
                .hasMessageContaining("cannot be uninstalled")
                .satisfies(refused -> assertThat(((PlatformException) refused).message(true)).startsWith("平台功能“").endsWith("”不能卸载"));
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
        restart();

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

    // --- uploaded bundles -------------------------------------------------------------------

    @Test
    void anUploadedBundleIsInstalledOnceItsHashIsConfirmedAndSurvivesARestart() throws Exception {
        byte[] jar = bundleJar("test.uploaded", "1.2", Map.of("Bundle-Name", "Uploaded test bundle"));

        UploadedBundle inspected = features.inspectUpload(ADMIN, "uploaded-1.2.jar", jar);
        assertThat(inspected.problems()).isEmpty();
        assertThat(inspected.symbolicName()).isEqualTo("test.uploaded");
        assertThat(inspected.version()).isEqualTo("1.2.0");
        assertThat(inspected.sha256()).isEqualTo(sha256(jar));
        assertThat(inspected.size()).isEqualTo(jar.length);
        assertThat(inspected.manifest()).containsEntry("Bundle-Name", "Uploaded test bundle");
        assertThat(symbolicNames()).doesNotContain("test.uploaded"); // inspecting installs nothing

        features.installUpload(ADMIN, "uploaded-1.2.jar", jar, inspected.sha256().toUpperCase(java.util.Locale.ROOT));
        assertThat(stateOf("test.uploaded")).isEqualTo("ACTIVE");
        assertThat(uploadsFolder().resolve(inspected.sha256() + ".jar")).hasBinaryContent(jar);
        assertThat(service(TrustedUploads.class).trusted()).singleElement().satisfies(t -> {
            assertThat(t.sha256()).isEqualTo(inspected.sha256());
            assertThat(t.symbolicName()).isEqualTo("test.uploaded");
            assertThat(t.version()).isEqualTo("1.2.0");
            assertThat(t.fileName()).isEqualTo("uploaded-1.2.jar");
            assertThat(t.trustedBy()).isEqualTo("it-admin");
        });
        AuditTrail trail = service(AuditTrail.class);
        assertThat(trail.find(ADMIN, new AuditQuery(null, "bundle.trusted", "upload", inspected.sha256(), null, null, 0, 10)))
                .singleElement().satisfies(e -> assertThat(e.actorId()).isEqualTo("it-admin"));
        assertThat(trail.find(ADMIN, new AuditQuery(null, "bundle.installed", "bundle", "test.uploaded:1.2.0", null, null, 0, 10)))
                .singleElement().satisfies(e -> assertThat(e.after()).contains(inspected.sha256()));
        assertThat(trail.verify(ADMIN).intact()).isTrue();

        restart();
        assertThat(stateOf("test.uploaded")).isEqualTo("ACTIVE");
        long id = bundleId("test.uploaded");
        assertThat(framework.context().getBundle(id).getVersion()).hasToString("1.2.0");
    }

    @Test
    void uninstallingAnUploadedBundleRemovesItsRecordSoItStaysAwayAfterARestart() throws Exception {
        byte[] jar = bundleJar("test.uploaded", "1.0.0", Map.of());
        features.installUpload(ADMIN, "uploaded.jar", jar, sha256(jar));
        long id = bundleId("test.uploaded");
        assertThatThrownBy(() -> features.updateBundle(ADMIN, id)).isInstanceOf(PlatformException.class)
                .hasMessageContaining("was uploaded; to change it, uninstall it and upload the new jar");

        features.uninstallBundle(ADMIN, id);
        assertThat(symbolicNames()).doesNotContain("test.uploaded");
        assertThat(service(TrustedUploads.class).trusted()).isEmpty();

        restart();
        assertThat(symbolicNames()).doesNotContain("test.uploaded");
    }

    @Test
    void onlyAdministratorsMayInspectOrUploadBundles() throws Exception {
        byte[] jar = bundleJar("test.uploaded", "1.0.0", Map.of());
        for (Actor denied : java.util.List.of(GZ_OFFICIAL, GZ_CLERK, AUDITOR)) {
            assertThatThrownBy(() -> features.inspectUpload(denied, "uploaded.jar", jar)).as(denied.userId())
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only administrators may upload bundles");
            assertThatThrownBy(() -> features.installUpload(denied, "uploaded.jar", jar, sha256(jar))).as(denied.userId())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(symbolicNames()).doesNotContain("test.uploaded");
        assertThat(service(TrustedUploads.class).trusted()).isEmpty();
    }

    @Test
    void aCorruptOrIncompleteFileIsRefused() throws Exception {
        assertUploadRefused("broken.jar", "this is not a jar".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "broken.jar was not installed", "It is not a jar (zip) archive");
        byte[] jar = bundleJar("test.uploaded", "1.0.0", Map.of());
        assertUploadRefused("cut.jar", java.util.Arrays.copyOf(jar, jar.length - 10), "cut.jar was not installed", "incomplete");
    }

    @Test
    void aJarWithoutManifestOrSymbolicNameIsRefused() throws Exception {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(plain)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write(1);
        }
        assertUploadRefused("plain.jar", plain.toByteArray(), "It has no META-INF/MANIFEST.MF, so it is not a bundle");

        Manifest noName = new Manifest();
        noName.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        noName.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        noName.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        assertUploadRefused("nameless.jar", jarWith(noName), "Its manifest has no Bundle-SymbolicName");
    }

    @Test
    void aSymbolicNameThatIsAlreadyTakenIsRefusedWithItsNameAndVersion() throws Exception {
        assertUploadRefused("store.jar", bundleJar("org.cultivar.store", "9.0.0", Map.of()),
                "is the name of the platform bundle org.cultivar.store 0.1.0");
        assertUploadRefused("greeting.jar", bundleJar("org.cultivar.example.greeting", "9.0.0", Map.of()),
                "is the name of a bundle of feature", "install that feature instead");

        byte[] first = bundleJar("test.uploaded", "1.0.0", Map.of());
        features.installUpload(ADMIN, "uploaded-1.0.0.jar", first, sha256(first));
        int before = framework.context().getBundles().length;
        byte[] second = bundleJar("test.uploaded", "2.0.0", Map.of());
        assertThatThrownBy(() -> features.installUpload(ADMIN, "uploaded-2.0.0.jar", second, sha256(second)))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("A bundle named test.uploaded is already installed (version 1.0.0)");
        assertThat(framework.context().getBundles()).hasSize(before);
        assertThat(service(TrustedUploads.class).trusted()).extracting(TrustedUpload::version).containsExactly("1.0.0");
        assertThat(uploadsFolder().resolve(sha256(second) + ".jar")).doesNotExist();
    }

    @Test
    void aFragmentOfAPlatformBundleIsRefused() throws Exception {
        assertUploadRefused("fragment.jar", bundleJar("test.fragment", "1.0.0", Map.of("Fragment-Host", "org.cultivar.store")),
                "It is a fragment of org.cultivar.store");
    }

    @Test
    void aHashOtherThanTheContentsIsRefused() throws Exception {
        byte[] inspected = bundleJar("test.uploaded", "1.0.0", Map.of());
        byte[] sent = bundleJar("test.uploaded", "1.0.1", Map.of());
        assertUploadRefusedConfirming(sha256(inspected), "uploaded.jar", sent, "the confirmed SHA-256 is not the hash of the file sent");
        assertUploadRefusedConfirming(null, "uploaded.jar", sent, "the confirmed SHA-256 is not the hash of the file sent");
    }

    @Test
    void aFileNameWithAPathIsRefusedAndNeverUsedAsAPath() throws Exception {
        byte[] jar = bundleJar("test.uploaded", "1.0.0", Map.of());
        assertUploadRefused("../../x.jar", jar, "The file name ../../x.jar contains a path");
        assertUploadRefused("..\\..\\x.jar", jar, "contains a path");
        assertThat(temp.resolve("x.jar")).doesNotExist();
        assertThat(temp.resolve("data/x.jar")).doesNotExist();
    }

    @Test
    void anUnresolvableBundleIsRefusedNamingTheMissingRequirement() throws Exception {
        assertUploadRefused("needs-missing.jar", bundleJar("test.needs.missing", "1.0.0", Map.of("Import-Package", "org.nowhere.missing")),
                "needs-missing.jar was not installed", "test.needs.missing does not resolve", "org.nowhere.missing");
    }

    @Test
    void aBundleThatFailsToStartIsRemovedAgain() throws Exception {
        assertUploadRefused("broken-activator.jar", bundleJar("test.broken.activator", "1.0.0", Map.of("Bundle-Activator", "test.Missing")),
                "broken-activator.jar was not installed: it did not start");
    }

    @Test
    void aStoredJarChangedAfterItWasTrustedIsNotInstalledAtTheNextStart() throws Exception {
        byte[] jar = bundleJar("test.uploaded", "1.0.0", Map.of());
        features.installUpload(ADMIN, "uploaded.jar", jar, sha256(jar));
        Files.write(uploadsFolder().resolve(sha256(jar) + ".jar"), bundleJar("test.uploaded", "6.6.6", Map.of()));

        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("org.cultivar.launcher.provisioning.BundleUploads");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> errors = new ch.qos.logback.core.read.ListAppender<>();
        errors.start();
        log.addAppender(errors);
        try {
            restart();
        } finally {
            log.detachAppender(errors);
        }

        assertThat(symbolicNames()).doesNotContain("test.uploaded");
        assertThat(errors.list).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR)
                .singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
                        .contains("test.uploaded 1.0.0").contains("was changed after it was trusted"));
    }

    /** Refused with every given part in the message; no bundle, record or kept file left behind. */
    private void assertUploadRefused(String fileName, byte[] content, String... messageParts) throws Exception {
        assertUploadRefusedConfirming(sha256(content), fileName, content, messageParts);
    }

    private void assertUploadRefusedConfirming(String confirmedSha256, String fileName, byte[] content, String... messageParts)
            throws Exception {
        int before = framework.context().getBundles().length;
        java.util.List<TrustedUpload> recorded = service(TrustedUploads.class).trusted();
        java.util.List<Path> kept = keptFiles();

        var refusal = assertThatThrownBy(() -> features.installUpload(ADMIN, fileName, content, confirmedSha256))
                .as(fileName).isInstanceOf(PlatformException.class);
        for (String part : messageParts) {
            refusal.hasMessageContaining(part);
        }
        assertThat(framework.context().getBundles()).as(fileName).hasSize(before);
        assertThat(service(TrustedUploads.class).trusted()).as(fileName).isEqualTo(recorded);
        assertThat(keptFiles()).as(fileName).isEqualTo(kept);
    }

    private java.util.List<Path> keptFiles() throws IOException {
        if (!Files.isDirectory(uploadsFolder())) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(uploadsFolder())) {
            return files.sorted().toList();
        }
    }

    private Path uploadsFolder() {
        return temp.resolve("data").toAbsolutePath().normalize().resolve("uploads");
    }

    private String stateOf(String symbolicName) {
        return features.bundles(ADMIN).stream().filter(b -> b.symbolicName().equals(symbolicName)).findFirst()
                .map(BundleSummary::state).orElse("not installed");
    }

    private void restart() throws Exception {
        features.close();
        framework.stop(10_000);
        framework = EmbeddedFramework.start(DataDirectory.prepare(temp.resolve("data")), Map.of());
        features = new FeatureManager(framework.context(), new FeatureRepository(repository));
        features.installPlatform();
        features.restoreInstalledFeatures(30_000);
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
        Files.write(jar, bundleJar(symbolicName, "1.0.0", Map.of("Import-Package", importedPackage)));
    }

    /** A bundle that is only a manifest: enough to install, resolve and start. */
    private static byte[] bundleJar(String symbolicName, String version, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        headers.forEach(main::putValue);
        return jarWith(manifest);
    }

    private static byte[] jarWith(Manifest manifest) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (JarOutputStream ignored = new JarOutputStream(bytes, manifest)) {
            // the manifest is the whole content
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] content) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
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
