package org.cultivar.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cultivar.core.api.security.Role;

/** A view only users holding one of these roles may open; the UI mirrors the services' checks. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresRole {
    Role[] value();
}
