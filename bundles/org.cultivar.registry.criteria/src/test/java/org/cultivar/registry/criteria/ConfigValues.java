package org.cultivar.registry.criteria;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.Map;

/** A configuration as DS would hand it over: the given properties, the declared defaults for the rest. */
final class ConfigValues {

    private ConfigValues() {
    }

    static <A extends Annotation> A of(Class<A> type, Map<String, Object> properties) {
        A defaults = AnnotationDefaults.of(type);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) ->
                properties.containsKey(method.getName()) ? properties.get(method.getName()) : method.invoke(defaults)));
    }
}
