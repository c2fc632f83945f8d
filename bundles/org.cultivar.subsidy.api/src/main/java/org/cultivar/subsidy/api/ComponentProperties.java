package org.cultivar.subsidy.api;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Configuration properties read through a schedule's component property type, the way
 * Declarative Services hands them to its activate method: so a schedule can build the definition
 * a proposed configuration would give (see {@link SubsidySchedule#definitionFor}) without the
 * framework applying it first.
 */
public final class ComponentProperties {

    private ComponentProperties() {
    }

    /**
     * An instance of the component property type reading the properties: method names map to
     * property names as DS 1.4 maps them ({@code payer_cnapsCode} → {@code payer.cnapsCode}), a
     * missing property gives the method's default, text converts to the method's type, and a
     * list typed as text is comma-separated (as configuration forms enter it).
     *
     * @throws IllegalArgumentException when a method reads a value that does not convert
     */
    public static <A> A as(Class<A> type, Map<String, ?> properties) {
        Map<String, ?> values = Map.copyOf(properties);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> type.getSimpleName() + values;
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            Object value = values.get(propertyName(method));
            return value == null ? method.getDefaultValue() : converted(propertyName(method), value, method.getReturnType());
        }));
    }

    static String propertyName(Method method) {
        return method.getName().replace("__", "\0").replace('_', '.').replace('\0', '_');
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object converted(String key, Object value, Class<?> type) {
        if (type.isArray()) {
            List<Object> items = items(value);
            Object array = Array.newInstance(type.getComponentType(), items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, converted(key, items.get(i), type.getComponentType()));
            }
            return array;
        }
        String text = String.valueOf(value).strip();
        try {
            if (type == String.class) {
                return String.valueOf(value);
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
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": \"" + text + "\" is not a " + type.getSimpleName(), e);
        }
        throw new IllegalArgumentException(key + ": no conversion to " + type.getSimpleName());
    }

    private static List<Object> items(Object value) {
        List<Object> items = new ArrayList<>();
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
        } else if (value instanceof Iterable<?> iterable) {
            iterable.forEach(items::add);
        } else {
            for (String part : String.valueOf(value).split(",")) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        }
        return items;
    }
}
