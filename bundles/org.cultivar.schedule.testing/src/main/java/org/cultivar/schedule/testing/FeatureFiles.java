package org.cultivar.schedule.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The reactor's {@code features/*.json}, read as the launcher's {@code FeatureRepository} reads
 * them: JSON with comments; booleans, whole numbers, decimals as text, arrays as text arrays.
 */
public final class FeatureFiles {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.ALLOW_COMMENTS).build();

    private FeatureFiles() {
    }

    /** Every feature file, parsed. */
    public static Map<Path, JsonNode> all() {
        Map<Path, JsonNode> features = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                features.put(file, JSON.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return features;
    }

    /** The configuration the one feature that configures the pid gives it. */
    public static Map<String, Object> configuration(String pid) {
        List<JsonNode> found = all().values().stream().map(feature -> feature.path("configurations").path(pid))
                .filter(JsonNode::isObject).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " feature files configure " + pid + ", expected exactly one");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        found.get(0).fields().forEachRemaining(field -> properties.put(field.getKey(), value(field.getValue())));
        return properties;
    }

    private static Object value(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(item -> values.add(item.asText()));
            return values.toArray(String[]::new);
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    /** {@code features/} of the reactor, found upwards from the module a test runs in. */
    private static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("features/org.cultivar.feature.platform.json"))) {
                return dir.resolve("features");
            }
        }
        throw new AssertionError("No features/ folder above " + Path.of("").toAbsolutePath());
    }
}
