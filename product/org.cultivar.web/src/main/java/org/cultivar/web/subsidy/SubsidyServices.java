package org.cultivar.web.subsidy;

import com.vaadin.flow.server.VaadinServlet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.web.osgi.FrameworkServices;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The payout engine's services and the installed schedules as a page finds them: any may be
 * missing while its bundle is stopped or replaced, and the page then says so instead of failing.
 */
final class SubsidyServices {

    private SubsidyServices() {
    }

    static <T> Optional<T> find(Class<T> type) {
        return framework().find(type);
    }

    /**
     * Every schedule running now, by id. Each bundle registers its own {@link SubsidySchedule},
     * so all registrations are read, not just the highest-ranked one a tracker would give.
     */
    static List<ScheduleDefinition> schedules() {
        BundleContext context = framework().bundleContext();
        List<ScheduleDefinition> definitions = new ArrayList<>();
        try {
            for (ServiceReference<SubsidySchedule> reference : context.getServiceReferences(SubsidySchedule.class, null)) {
                SubsidySchedule schedule = context.getService(reference);
                if (schedule != null) { // the bundle stopped between listing and getting
                    try {
                        definitions.add(schedule.definition());
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException("No filter was given", impossible);
        }
        definitions.sort(Comparator.comparing(ScheduleDefinition::id));
        return definitions;
    }

    static Optional<ScheduleDefinition> schedule(String scheduleId) {
        return schedules().stream().filter(definition -> definition.id().equals(scheduleId)).findFirst();
    }

    private static FrameworkServices framework() {
        return FrameworkServices.of(VaadinServlet.getCurrent().getServletContext());
    }
}
