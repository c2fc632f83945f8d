package org.cultivar.schedule.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Metatype a bundle's build generated (bnd writes it to {@code target/classes/OSGI-INF/metatype}
 * before tests run), compared with a feature's default configuration: what an official sees as
 * the default must be what the feature installs, and the feature must set no property the form
 * does not know (DESIGN.md: never lose or invent a key).
 */
public final class MetatypeDefaults {

    private static final Path GENERATED = Path.of("target/classes/OSGI-INF/metatype");

    private MetatypeDefaults() {
    }

    /** Asserts that the feature configuring the pid sets exactly its Metatype attributes, each to its Metatype default. */
    public static void assertFeatureDefaultsAreTheMetatypeDefaults(String pid) {
        Map<String, String> feature = new TreeMap<>();
        FeatureFiles.configuration(pid).forEach((key, value) -> feature.put(key, text(value)));
        assertThat(feature).as("feature configuration of %s against its Metatype defaults", pid).isEqualTo(defaults(pid));
    }

    /** Attribute id → default value (lists comma-separated) of the pid's object class definition. */
    static Map<String, String> defaults(String pid) {
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                Document metatype = parse(file);
                String ocd = ocdOf(metatype, pid);
                if (ocd != null) {
                    return attributes(metatype, ocd);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No generated Metatype in " + GENERATED.toAbsolutePath(), e);
        }
        throw new AssertionError("No Metatype designates " + pid + " in " + GENERATED.toAbsolutePath());
    }

    private static String ocdOf(Document metatype, String pid) {
        NodeList designates = metatype.getElementsByTagName("Designate");
        for (int i = 0; i < designates.getLength(); i++) {
            Element designate = (Element) designates.item(i);
            if (pid.equals(designate.getAttribute("pid"))) {
                return ((Element) designate.getElementsByTagName("Object").item(0)).getAttribute("ocdref");
            }
        }
        return null;
    }

    private static Map<String, String> attributes(Document metatype, String ocd) {
        Map<String, String> defaults = new TreeMap<>();
        NodeList ocds = metatype.getElementsByTagName("OCD");
        for (int i = 0; i < ocds.getLength(); i++) {
            Element definition = (Element) ocds.item(i);
            if (ocd.equals(definition.getAttribute("id"))) {
                NodeList ads = definition.getElementsByTagName("AD");
                for (int j = 0; j < ads.getLength(); j++) {
                    Element ad = (Element) ads.item(j);
                    defaults.put(ad.getAttribute("id"), ad.getAttribute("default"));
                }
            }
        }
        return defaults;
    }

    private static Document parse(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
    }

    private static String text(Object value) {
        if (!value.getClass().isArray()) {
            return String.valueOf(value);
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < Array.getLength(value); i++) {
            joined.append(i == 0 ? "" : ",").append(Array.get(value, i));
        }
        return joined.toString();
    }
}
