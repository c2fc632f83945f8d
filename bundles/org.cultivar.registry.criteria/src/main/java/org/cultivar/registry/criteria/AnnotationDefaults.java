package org.cultivar.registry.criteria;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;

/**
 * An instance of a configuration type that answers every attribute with its declared default:
 * the published thresholds, which a component holds until a valid configuration arrives.
 */
final class AnnotationDefaults {

    private AnnotationDefaults() {
    }

    static <A extends Annotation> A of(Class<A> type) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            if (method.getName().equals("annotationType")) {
                return type;
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName() + " has no default");
        });
        return type.cast(proxy);
    }
}
