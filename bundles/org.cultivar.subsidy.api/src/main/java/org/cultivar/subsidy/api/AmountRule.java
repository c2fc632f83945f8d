package org.cultivar.subsidy.api;

import java.util.Map;
import java.util.Set;

/** How a schedule computes the amount of an eligible application, step by step and exactly. */
public interface AmountRule {

    Calculation calculate(ApplicationContext context);

    /**
     * The form fields the rule reads and their types; each must be a required field of the form,
     * which {@link ScheduleDefinition} checks when the schedule is built.
     */
    default Map<String, FieldType> fieldsRead() {
        return Map.of();
    }

    /**
     * The purposes whose earlier awards the rule deducts; the schedule's own awards must carry them,
     * or its own earlier awards would not be deducted.
     */
    default Set<String> purposesDeducted() {
        return Set.of();
    }
}
