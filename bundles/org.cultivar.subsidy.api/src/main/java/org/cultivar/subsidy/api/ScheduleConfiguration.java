package org.cultivar.subsidy.api;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The parameters a schedule's definition was built from, as text sorted by key: what an award
 * keeps so that a later configuration change never rewrites it. The engine stores them with its
 * own effective-dated version; {@link #digest()} identifies equal parameters across versions.
 */
public record ScheduleConfiguration(SortedMap<String, String> parameters) {

    /** Properties the framework adds to every configuration; they are not the schedule's parameters. */
    // osgi.: e.g. osgi.ds.satisfying.condition.target, which Declarative Services 1.5 adds to every component
    private static final List<String> FRAMEWORK_PREFIXES = List.of("component.", "service.", "felix.", "osgi.", "objectClass", ".");

    public ScheduleConfiguration {
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    /**
     * The parameters of a component's configuration properties: framework properties left out,
     * arrays and collections written comma-separated.
     */
    public static ScheduleConfiguration of(Map<String, ?> properties) {
        SortedMap<String, String> parameters = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (FRAMEWORK_PREFIXES.stream().noneMatch(key::startsWith) && value != null) {
                parameters.put(key, text(value));
            }
        });
        return new ScheduleConfiguration(parameters);
    }

    private static String text(Object value) {
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(",", items);
        }
        if (value instanceof Collection<?> collection) {
            return String.join(",", collection.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    /** SHA-256 over the length-prefixed keys and values, in hexadecimal. */
    public String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            parameters.forEach((key, value) -> {
                sha256.update((key.length() + ":" + key + value.length() + ":" + value).getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
