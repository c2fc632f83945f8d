/**
 * The engine's services as the UI and reports use them: applications, approvals, awards,
 * payouts, disbursement batches, budgets and recoveries. Every method that reads or changes
 * protected data takes the acting {@link org.cultivar.core.api.security.Actor} and checks role
 * and region itself; a refused call changes nothing.
 *
 * <p>1.1.0: {@code ScheduleChanges} and {@code ScheduleChange}, effective-dated schedule configuration.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cultivar.subsidy.api.process;
