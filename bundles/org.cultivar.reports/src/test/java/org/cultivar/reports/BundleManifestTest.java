package org.cultivar.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

/**
 * What bnd generated: Jasper and its companions on the bundle class path, nothing mandatory to
 * import but the host's APIs, SLF4J and the framework, no ServiceLoader requirement, and the
 * font, its extension and the ICC profile inside the bundle.
 */
class BundleManifestTest {

    private final Attributes manifest = read();

    @Test
    void embedsJasperWithItsPdfExporterAndCompiler() {
        assertThat(manifest.getValue("Bundle-ClassPath").split(","))
                .contains(".", "lib/jasperreports.jar", "lib/jasperreports-pdf.jar", "lib/jasperreports-jdt.jar",
                        "lib/ecj.jar", "lib/openpdf.jar", "lib/pdfbox.jar", "lib/fontbox.jar");
        assertThat(inBundle("lib/jasperreports.jar")).exists();
    }

    @Test
    void importsOnlyTheHostAndTheFrameworkMandatorily() {
        List<String> mandatory = Arrays.stream(manifest.getValue("Import-Package").split(",(?=[a-z])"))
                .filter(clause -> !clause.contains("resolution:=optional"))
                .toList();

        assertThat(mandatory).allMatch(clause -> clause.startsWith("org.cultivar.") || clause.startsWith("org.osgi.")
                || clause.startsWith("org.slf4j"));
        assertThat(mandatory).anyMatch(clause -> clause.startsWith("org.cultivar.core.api.money;"));
        assertThat(manifest.getValue("Require-Capability")).doesNotContain("osgi.serviceloader");
        assertThat(manifest.getValue("Export-Package")).isNull();
    }

    @Test
    void carriesTheFontExtensionAndTheIccProfileWithTheirLicences() {
        assertThat(inBundle("jasperreports_extension.properties")).exists();
        assertThat(inBundle("fonts/fonts.xml")).exists();
        assertThat(inBundle("fonts/wqy-zenhei.ttf")).exists();
        assertThat(inBundle("fonts/LICENSE-wqy-zenhei.txt")).exists();
        assertThat(inBundle("fonts/GPL-2.txt")).exists();
        assertThat(inBundle(JasperRendering.ICC_PROFILE)).exists();
        assertThat(inBundle("icc/LICENSE-icc-profiles-free.txt")).exists();
    }

    private static Attributes read() {
        try (InputStream in = Files.newInputStream(inBundle("META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From the bundle's own output folder, not whichever jar on the test class path comes first. */
    private static Path inBundle(String resource) {
        try {
            return Path.of(JasperReportService.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(resource);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
