package org.cultivar.store.migration;

/**
 * One SQL migration as Flyway names it, e.g. {@code V2__add_budget.sql}, with its text.
 */
public record Migration(String name, String sql) {
}
