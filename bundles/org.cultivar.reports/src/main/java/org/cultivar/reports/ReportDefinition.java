package org.cultivar.reports;

import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;

/**
 * One report: what it is called and asks for, who may run it, and where its rows come from.
 * A report is added with a component implementing this and a template
 * {@code reports/<id>.jrxml} whose fields are the keys of the rows; the service does the rest
 * (authorization by role, arguments, template choice, fonts, formats).
 */
public interface ReportDefinition {

    ReportDescriptor descriptor();

    /**
     * The template it is filled from, and the report id template contributions name: its own
     * id, unless it prints another report's document (many notices in the notice's layout).
     */
    default String templateId() {
        return descriptor().id();
    }

    /** The roles that may run it; holding any one is enough. */
    Set<Role> runBy();

    /**
     * Reads the report's data through the domain services, as the actor: those services apply
     * their own role and region rules too.
     */
    ReportData collect(Actor actor, ReportArguments arguments);
}
