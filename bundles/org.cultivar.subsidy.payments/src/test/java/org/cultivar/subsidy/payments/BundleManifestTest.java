package org.cultivar.subsidy.payments;

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
 * What bnd generated: Prowide, the JAXB runtime and Commons CSV travel inside the bundle, and the
 * bundle resolves with nothing but the host's packages, the framework and SLF4J.
 */
class BundleManifestTest {

    private final Attributes manifest = read().getMainAttributes();

    @Test
    void embedsTheIso20022ModelTheJaxbRuntimeAndCommonsCsv() {
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("org.cultivar.subsidy.payments");
        assertThat(manifest.getValue("Bundle-ClassPath").split(",")).contains(".", "lib/pw-iso20022.jar", "lib/pw-swift-core.jar",
                "lib/jaxb-impl.jar", "lib/jaxb-core.jar", "lib/jakarta.xml.bind-api.jar", "lib/angus-activation.jar",
                "lib/commons-csv.jar");
        assertThat(inBundle("lib/pw-iso20022.jar")).exists();
    }

    @Test
    void importsOptionallyEverythingButTheHostFrameworkAndSlf4j() {
        List<String> mandatory = clauses(manifest.getValue("Import-Package")).stream()
                .filter(clause -> !clause.contains("resolution:=optional"))
                .map(clause -> clause.split(";")[0]).toList();

        assertThat(mandatory).isNotEmpty().allMatch(name -> name.startsWith("org.cultivar.") || name.startsWith("org.osgi.")
                || name.equals("org.slf4j"));
        assertThat(manifest.getValue("Import-Package")).doesNotContain("jakarta.xml.bind;", "com.prowidesoftware");
        assertThat(manifest.getValue("Require-Capability")).doesNotContain("osgi.serviceloader");
    }

    @Test
    void speaksOnlyForItself() {
        assertThat(manifest.getValue("Export-Package")).isNull();
        assertThat(manifest.getValue("Bundle-Activator")).isNull();
        assertThat(manifest.getValue("Service-Component")).contains("OSGI-INF/" + PaymentFiles.class.getName() + ".xml",
                "OSGI-INF/" + ConfirmationFiles.class.getName() + ".xml");
    }

    /** Splits a header at the commas between clauses, not those inside quoted version ranges. */
    private static List<String> clauses(String header) {
        return Arrays.asList(header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
    }

    private static Manifest read() {
        try (InputStream in = Files.newInputStream(inBundle("META-INF/MANIFEST.MF"))) {
            return new Manifest(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** From the bundle's own output folder, not whichever jar on the test class path comes first. */
    private static Path inBundle(String resource) {
        try {
            return Path.of(PaymentFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(resource);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
