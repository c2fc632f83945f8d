package org.cultivar.subsidy.api;

import java.util.Map;

/**
 * One eligibility condition, judged as of the application date. A schedule's conditions are
 * combined all-of, and every one is judged even after one fails, so that the clerk sees every
 * reason at once.
 */
public interface Condition {

    ConditionResult check(ApplicationContext context);

    /** The form fields the condition reads and their types, checked against the form when a schedule is built. */
    default Map<String, FieldType> fieldsRead() {
        return Map.of();
    }
}
