package org.cultivar.web.subsidy;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Schedule names for one grid, each looked up once: a lookup reads every schedule service, too
 * much to repeat for each row. A stopped schedule is named by its id.
 */
final class ScheduleNames implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> names = new HashMap<>();

    String of(String scheduleId) {
        return names.computeIfAbsent(scheduleId, id -> SubsidyServices.schedule(id)
                .map(definition -> SubsidyLabels.of(definition.name())).orElse(id));
    }
}
