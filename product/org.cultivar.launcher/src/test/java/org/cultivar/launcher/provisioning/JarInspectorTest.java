package org.cultivar.launcher.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cultivar.core.api.platform.UploadedBundle;
import org.junit.jupiter.api.Test;

class JarInspectorTest {

    private final JarInspector inspector = new JarInspector();

    @Test
    void aBundleIsDescribedByItsManifestAndItsHash() throws Exception {
        byte[] jar = jar(manifest("Bundle-SymbolicName", "org.example.fine;singleton:=true", "Bundle-Version", "1.2",
                "Bundle-Name", "Fine"));
        UploadedBundle inspected = inspector.inspect("fine-1.2.jar", jar);

        assertThat(inspected.problems()).isEmpty();
        assertThat(inspected.installable()).isTrue();
        assertThat(inspected.symbolicName()).isEqualTo("org.example.fine");
        assertThat(inspected.version()).isEqualTo("1.2.0");
        assertThat(inspected.size()).isEqualTo(jar.length);
        assertThat(inspected.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jar)));
        assertThat(inspected.manifest()).containsEntry("Bundle-Name", "Fine").containsKey("Bundle-ManifestVersion");
        assertThat(inspected.fileName()).isEqualTo("fine-1.2.jar");
    }

    @Test
    void theManifestIsFoundWhereverItIsInTheArchive() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("org/example/A.class", new byte[] {1, 2, 3});
        entries.put("META-INF/MANIFEST.MF", manifest("Bundle-SymbolicName", "org.example.late", "Bundle-Version", "1.0.0"));
        assertThat(inspector.inspect("late.jar", zip(entries)).symbolicName()).isEqualTo("org.example.late");
    }

    @Test
    void emptyTooLargeAndNonZipContentIsRefused() throws Exception {
        assertThat(inspector.inspect("x.jar", new byte[0]).problems()).containsExactly("The file is empty");
        assertThat(inspector.inspect("x.jar", null).problems()).containsExactly("The file is empty");
        byte[] jar = jar(manifest("Bundle-SymbolicName", "a", "Bundle-Version", "1"));
        assertThat(new JarInspector(jar.length - 1, 10, 1_000_000).inspect("x.jar", jar).problems())
                .singleElement().asString().contains("may be uploaded");
        assertThat(inspector.inspect("x.jar", "this is not a jar".getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly("It is not a jar (zip) archive");
    }

    @Test
    void aTruncatedOrCorruptedArchiveIsRefused() throws Exception {
        byte[] jar = jar(manifest("Bundle-SymbolicName", "a", "Bundle-Version", "1"), "org/example/Data.txt",
                "some text that deflates ".repeat(200).getBytes(StandardCharsets.UTF_8));
        assertThat(inspector.inspect("x.jar", Arrays.copyOf(jar, jar.length - 30)).problems())
                .singleElement().asString().contains("incomplete");

        byte[] corrupted = jar.clone();
        int dataStart = indexOf(jar, "org/example/Data.txt".getBytes(StandardCharsets.UTF_8)) + "org/example/Data.txt".length();
        for (int i = dataStart + 2; i < dataStart + 12; i++) {
            corrupted[i] ^= 0x5a;
        }
        assertThat(inspector.inspect("x.jar", corrupted).problems()).singleElement().asString().startsWith("It is not a valid jar");
    }

    @Test
    void aZipBombIsStoppedAtTheCaps() throws Exception {
        JarInspector small = new JarInspector(10_000_000, 5, 1_000_000);
        byte[] bomb = jar(manifest("Bundle-SymbolicName", "a", "Bundle-Version", "1"), "zeros", new byte[2_000_000]);
        assertThat(bomb.length).isLessThan(20_000);
        assertThat(small.inspect("x.jar", bomb).problems()).singleElement().asString().contains("unpacks to more than");

        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("META-INF/MANIFEST.MF", manifest("Bundle-SymbolicName", "a", "Bundle-Version", "1"));
        for (int i = 0; i < 5; i++) {
            many.put("e" + i, new byte[] {1});
        }
        assertThat(small.inspect("x.jar", zip(many)).problems()).containsExactly("It has more than 5 entries");
    }

    @Test
    void aJarWithoutABundleManifestIsRefusedNamingWhatIsMissing() throws Exception {
        assertThat(inspector.inspect("x.jar", zip(Map.of("org/example/A.class", new byte[] {1}))).problems())
                .containsExactly("It has no META-INF/MANIFEST.MF, so it is not a bundle");
        byte[] plainJar = zip(Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(inspector.inspect("x.jar", plainJar).problems()).containsExactly(
                "Its manifest has no Bundle-ManifestVersion, so it is not an OSGi bundle",
                "Its manifest has no Bundle-SymbolicName",
                "Its manifest has no Bundle-Version");
    }

    @Test
    void malformedHeadersAreNamed() throws Exception {
        UploadedBundle inspected = inspector.inspect("x.jar", jar(manifest("Bundle-ManifestVersion", "1",
                "Bundle-SymbolicName", "not a name", "Bundle-Version", "1.x")));
        assertThat(inspected.problems()).containsExactly(
                "Its Bundle-ManifestVersion is 1; only 2 is supported",
                "Its Bundle-SymbolicName not a name is not a symbolic name",
                "Its Bundle-Version 1.x is not a version (major.minor.micro.qualifier)");
        assertThat(inspected.symbolicName()).isNull();
        assertThat(inspected.version()).isNull();
    }

    @Test
    void fragmentsAndDoubleManifestsAreRefused() throws Exception {
        assertThat(inspector.inspect("x.jar", jar(manifest("Bundle-SymbolicName", "a", "Bundle-Version", "1",
                "Fragment-Host", "org.cultivar.store;bundle-version=0.1"))).problems())
                .singleElement().asString().startsWith("It is a fragment of org.cultivar.store;");

        Map<String, byte[]> twice = new LinkedHashMap<>();
        twice.put("META-INF/MANIFEST.MF", manifest("Bundle-SymbolicName", "a", "Bundle-Version", "1"));
        twice.put("meta-inf/manifest.mf", manifest("Bundle-SymbolicName", "b", "Bundle-Version", "1"));
        assertThat(inspector.inspect("x.jar", zip(twice)).problems()).containsExactly("It has two manifests");
    }

    @Test
    void theFileNameIsCheckedButOnlyShown() throws Exception {
        byte[] jar = jar(manifest("Bundle-SymbolicName", "a", "Bundle-Version", "1"));
        UploadedBundle inspected = inspector.inspect("../../etc/x.jar", jar);
        assertThat(inspected.problems()).containsExactly("The file name ../../etc/x.jar contains a path; upload the jar file itself");
        assertThat(inspected.symbolicName()).isEqualTo("a");
    }

    /** A bundle manifest: Bundle-ManifestVersion 2 unless the pairs say otherwise. */
    static byte[] manifest(String... headerPairs) {
        StringBuilder text = new StringBuilder("Manifest-Version: 1.0\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-ManifestVersion", "2");
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], headerPairs[i + 1]);
        }
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        return text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] jar(byte[] manifest) throws IOException {
        return zip(Map.of("META-INF/MANIFEST.MF", manifest));
    }

    private static byte[] jar(byte[] manifest, String entry, byte[] content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", manifest);
        entries.put(entry, content);
        return zip(entries);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
