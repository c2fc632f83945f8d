package org.cultivar.launcher.provisioning;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The product's local repository: {@code features/*.json} and the bundles they name, in Maven
 * layout. Every bundle a feature names must be present, so a feature is known complete before
 * anything is installed.
 */
public final class FeatureRepository {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS) // OSGi Feature files are JSON with comments
            .build();

    private final Path root;

    public FeatureRepository(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** All features of the repository; a file that cannot be read fails the whole listing. */
    public List<Feature> features() throws FeatureFileException {
        Path folder = root.resolve("features");
        if (!Files.isDirectory(folder)) {
            throw new FeatureFileException("The repository " + root + " has no features/ folder");
        }
        List<Feature> features = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                features.add(read(file));
            }
        } catch (IOException e) {
            throw new FeatureFileException("Cannot list " + folder + ": " + e.getMessage());
        }
        return features;
    }

    public Optional<Feature> find(String featureId) throws FeatureFileException {
        return features().stream().filter(f -> f.id().equals(featureId)).findFirst();
    }

    public Path bundlePath(ArtifactId bundle) {
        return bundle.pathIn(root);
    }

    /** The bundle's {@code Bundle-SymbolicName} without directives, if its jar has one. */
    Optional<String> symbolicName(ArtifactId bundle) {
        try (JarFile jar = new JarFile(bundlePath(bundle).toFile())) {
            Manifest manifest = jar.getManifest();
            String header = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            return header == null ? Optional.empty() : Optional.of(header.split(";", 2)[0].strip());
        } catch (IOException e) {
            return Optional.empty(); // not a jar: installing its feature reports that
        }
    }

    Feature read(Path file) throws FeatureFileException {
        JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FeatureFileException("Feature file " + file.getFileName() + " is not valid JSON" + where + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FeatureFileException("Cannot read feature file " + file + ": " + e.getMessage());
        }
        String name = file.getFileName().toString();
        if (tree == null || !tree.isObject()) {
            throw new FeatureFileException("Feature file " + name + " does not hold a JSON object");
        }
        String id = text(tree, "id", name);
        List<ArtifactId> bundles = new ArrayList<>();
        JsonNode bundleNodes = tree.path("bundles");
        if (!bundleNodes.isArray() || bundleNodes.isEmpty()) {
            throw new FeatureFileException("Feature file " + name + " lists no \"bundles\"");
        }
        for (JsonNode bundle : bundleNodes) {
            String bundleId = bundle.isTextual() ? bundle.asText() : text(bundle, "id", name);
            try {
                ArtifactId artifact = ArtifactId.parse(bundleId);
                if (!Files.isRegularFile(artifact.pathIn(root))) {
                    throw new FeatureFileException("Feature " + id + " names bundle " + bundleId
                            + ", which is not in the repository");
                }
                bundles.add(artifact);
            } catch (IllegalArgumentException e) {
                throw new FeatureFileException("Feature file " + name + ": bundle " + e.getMessage());
            }
        }
        List<String> categories = new ArrayList<>();
        tree.path("categories").forEach(c -> categories.add(c.asText()));
        Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> pids = tree.path("configurations").fields();
        while (pids.hasNext()) {
            Map.Entry<String, JsonNode> pid = pids.next();
            configurations.put(pid.getKey(), properties(pid.getValue(), name, pid.getKey()));
        }
        return new Feature(id, tree.path("name").asText(id), tree.path("description").asText(""), categories,
                bundles, configurations, file);
    }

    private static String text(JsonNode node, String field, String file) throws FeatureFileException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new FeatureFileException("Feature file " + file + " has no \"" + field + "\"");
        }
        return value.asText();
    }

    private static Map<String, Object> properties(JsonNode node, String file, String pid) throws FeatureFileException {
        if (!node.isObject()) {
            throw new FeatureFileException("Feature file " + file + ": configuration " + pid + " is not an object");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            properties.put(field.getKey(), value(field.getValue()));
        }
        return properties;
    }

    private static Object value(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString(); // never a double: amounts stay exact
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText()));
            return values.toArray(String[]::new);
        }
        return node.asText();
    }
}
