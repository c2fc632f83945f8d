/**
 * The engine's services as the UI and reports use them: applications, approvals, awards,
 * payouts, disbursement batches, budgets and recoveries. Every method that reads or changes
 * protected data takes the acting {@link org.cultivar.core.api.security.Actor} and checks role
 * and region itself; a refused call changes nothing.
 *
 * <p>1.1.0: {@code ScheduleChanges} and {@code ScheduleChange}, effective-dated schedule configuration.
 * <p>1.2.0: {@code ScheduleChanges.cancel} and {@code ScheduleChange.cancellation}; {@code before} is the
 * value in force just before the change took effect. ScheduleChange's constructor gained a component;
 * 1.1.0 was never released outside this repository, so the version stays 1.x.
 * <p>1.3.0: {@code Approvals.decideAll} and {@code BulkDecision}, one decision on many applications;
 * {@code Approvals} is marked a provider type (only the engine implements it).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.6.0")
package org.cultivar.subsidy.api.process;
