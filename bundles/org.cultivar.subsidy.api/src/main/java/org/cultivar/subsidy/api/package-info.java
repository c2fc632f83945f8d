/**
 * The subsidy schedule SPI. A schedule bundle registers one {@link org.cultivar.subsidy.api.SubsidySchedule}
 * whose {@link org.cultivar.subsidy.api.ScheduleDefinition} is composed from the building blocks
 * of {@code org.cultivar.subsidy.api.rules} by its configuration alone; the engine asks the
 * definition for an {@link org.cultivar.subsidy.api.Assessment} (eligibility, amount, tranches
 * and the facts they rest on) and stores it with the award.
 *
 * <p>1.1.0: {@code SubsidySchedule.definitionFor} (a default method) and {@code ComponentProperties},
 * so the engine can check a dated configuration change with the schedule before storing it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cultivar.subsidy.api;
