package org.cultivar.schedule.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A component's configuration properties, and the component property type that Declarative
 * Services would hand the component for them — so a test activates a schedule exactly as the
 * framework does, from its feature's defaults or a changed copy of them.
 */
public record ConfigurationValues(Map<String, Object> properties) {

    public ConfigurationValues {
        properties = Map.copyOf(properties);
    }

    /** The default configuration a feature file in {@code features/} gives the pid. */
    public static ConfigurationValues ofFeatureDefaults(String pid) {
        return new ConfigurationValues(FeatureFiles.configuration(pid));
    }

    /** These values with one property changed, as an official's edit would change it. */
    public ConfigurationValues with(String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(properties);
        changed.put(key, value);
        return new ConfigurationValues(changed);
    }

    /**
     * An instance of the component property type reading these values: method names map to
     * property names as DS 1.4 maps them ({@code payer_cnapsCode} → {@code payer.cnapsCode}), a
     * missing property gives the method's default, and values convert as DS converts them.
     */
    public <A> A as(Class<A> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? type.getSimpleName() + properties : method.invoke(properties, args);
            }
            Object value = properties.get(propertyName(method));
            return value == null ? method.getDefaultValue() : converted(value, method.getReturnType());
        }));
    }

    static String propertyName(Method method) {
        return method.getName().replace("__", "\0").replace('_', '.').replace('\0', '_');
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object converted(Object value, Class<?> type) {
        if (type.isArray()) {
            Object[] items = value.getClass().isArray() ? toObjects(value) : new Object[] {value};
            Object array = Array.newInstance(type.getComponentType(), items.length);
            for (int i = 0; i < items.length; i++) {
                Array.set(array, i, converted(items[i], type.getComponentType()));
            }
            return array;
        }
        String text = String.valueOf(value);
        if (type == String.class) {
            return text;
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        if (type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == long.class) {
            return Long.parseLong(text);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, text);
        }
        throw new IllegalArgumentException("No conversion to " + type + " in this test double");
    }

    private static Object[] toObjects(Object array) {
        Object[] items = new Object[Array.getLength(array)];
        for (int i = 0; i < items.length; i++) {
            items[i] = Array.get(array, i);
        }
        return items;
    }
}
