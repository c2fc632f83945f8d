package org.cultivar.platform;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cultivar.core.api.platform.ConfigurationField;
import org.cultivar.core.api.platform.ConfigurationValidationException;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * Turns Metatype attribute definitions into form fields and form text back into typed
 * configuration values, collecting every error by field so nothing is stored half-way.
 */
final class MetatypeForms {

    private MetatypeForms() {
    }

    static ConfigurationField field(AttributeDefinition ad, boolean required, Dictionary<String, Object> current) {
        List<ConfigurationField.Option> options = new ArrayList<>();
        String[] values = ad.getOptionValues();
        String[] labels = ad.getOptionLabels();
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                options.add(new ConfigurationField.Option(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
            }
        }
        String defaultValue = ad.getDefaultValue() == null ? "" : String.join(",", ad.getDefaultValue());
        Object value = current == null ? null : current.get(ad.getID());
        String currentValue = value == null ? defaultValue : text(value);
        return new ConfigurationField(ad.getID(), ad.getName(), ad.getDescription() == null ? "" : ad.getDescription(),
                typeName(ad.getType()), ad.getCardinality() != 0, required, options, defaultValue, currentValue);
    }

    /** Every field's refusal, in English and in Chinese, keyed by attribute id. */
    static final class FieldErrors {
        private final Map<String, String> english = new LinkedHashMap<>();
        private final Map<String, String> chinese = new LinkedHashMap<>();

        void put(String id, String inEnglish, String inChinese) {
            english.put(id, inEnglish);
            chinese.put(id, inChinese);
        }

        boolean isEmpty() {
            return english.isEmpty();
        }

        Map<String, String> english() {
            return english;
        }

        Map<String, String> chinese() {
            return chinese;
        }

        ConfigurationValidationException refusal() {
            return new ConfigurationValidationException(english, chinese);
        }
    }

    /** A value that cannot be read as the field's type, said in both languages. */
    private static final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String chinese;

        Unreadable(String english, String chinese) {
            super(english);
            this.chinese = chinese;
        }
    }

    /**
     * A Metatype name in one language: the schedules name their fields "中文 / English" (the space
     * before the slash missing after a full-width bracket); any other name is used as it is in both.
     */
    static String label(String name, boolean chinese) {
        int separator = name.indexOf("/ ");
        if (separator <= 0 || name.substring(0, separator).codePoints().noneMatch(MetatypeForms::han)) {
            return name;
        }
        return chinese ? name.substring(0, separator).strip() : name.substring(separator + 2).strip();
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Converts and validates every submitted value; errors are keyed by attribute id. */
    static Map<String, Object> convert(AttributeDefinition[] definitions, List<String> requiredIds,
                                       Map<String, String> submitted, FieldErrors errors) {
        Map<String, Object> converted = new LinkedHashMap<>();
        for (AttributeDefinition ad : definitions) {
            String raw = submitted.get(ad.getID());
            if (raw == null) {
                continue; // not on the form: the stored value stays
            }
            String en = label(ad.getName(), false);
            String zh = label(ad.getName(), true);
            String text = raw.strip();
            if (text.isEmpty()) {
                if (requiredIds.contains(ad.getID())) {
                    errors.put(ad.getID(), en + " is required", zh + "为必填项");
                }
                continue;
            }
            try {
                Object value = ad.getCardinality() == 0 ? single(ad.getType(), text) : many(ad.getType(), text);
                String problem = ad.validate(ad.getCardinality() == 0 ? text : String.join(",", splitList(text)));
                if (problem != null && !problem.isEmpty()) {
                    // Metatype's own words are English only
                    errors.put(ad.getID(), en + ": " + problem, zh + "：取值不被接受（" + problem + "）");
                } else {
                    converted.put(ad.getID(), value);
                }
            } catch (Unreadable e) {
                errors.put(ad.getID(), en + ": " + e.getMessage(), zh + "：" + e.chinese);
            }
        }
        return converted;
    }

    private static Object many(int type, String text) {
        List<String> parts = splitList(text);
        Object array = Array.newInstance(javaType(type), parts.size());
        for (int i = 0; i < parts.size(); i++) {
            Array.set(array, i, single(type, parts.get(i)));
        }
        return array;
    }

    private static List<String> splitList(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    static Object single(int type, String text) {
        try {
            return switch (type) {
                case AttributeDefinition.INTEGER -> Integer.valueOf(text);
                case AttributeDefinition.LONG -> Long.valueOf(text);
                case AttributeDefinition.SHORT -> Short.valueOf(text);
                case AttributeDefinition.BYTE -> Byte.valueOf(text);
                case AttributeDefinition.DOUBLE -> Double.valueOf(text);
                case AttributeDefinition.FLOAT -> Float.valueOf(text);
                case AttributeDefinition.BOOLEAN -> parseBoolean(text);
                case AttributeDefinition.CHARACTER -> single(text);
                default -> text;
            };
        } catch (NumberFormatException e) {
            boolean whole = type != AttributeDefinition.DOUBLE && type != AttributeDefinition.FLOAT;
            throw new Unreadable("\"" + abbreviate(text) + "\" is not a " + (whole ? "whole number" : "number"),
                    "“" + abbreviate(text) + "”不是" + (whole ? "整数" : "数字"));
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new Unreadable("\"" + abbreviate(text) + "\" is neither true nor false",
                "“" + abbreviate(text) + "”只能是 true 或 false");
    }

    private static Character single(String text) {
        if (text.length() != 1) {
            throw new Unreadable("\"" + abbreviate(text) + "\" is not a single character",
                    "“" + abbreviate(text) + "”不是单个字符");
        }
        return text.charAt(0);
    }

    private static Class<?> javaType(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.BOOLEAN -> Boolean.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            default -> String.class;
        };
    }

    static String typeName(int type) {
        return switch (type) {
            case AttributeDefinition.INTEGER -> "INTEGER";
            case AttributeDefinition.LONG -> "LONG";
            case AttributeDefinition.SHORT -> "SHORT";
            case AttributeDefinition.BYTE -> "BYTE";
            case AttributeDefinition.DOUBLE -> "DOUBLE";
            case AttributeDefinition.FLOAT -> "FLOAT";
            case AttributeDefinition.BOOLEAN -> "BOOLEAN";
            case AttributeDefinition.CHARACTER -> "CHARACTER";
            case AttributeDefinition.PASSWORD -> "PASSWORD";
            default -> "STRING";
        };
    }

    static String text(Object value) {
        if (value.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                parts.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(",", parts);
        }
        if (value instanceof java.util.Collection<?> collection) {
            return String.join(",", collection.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
