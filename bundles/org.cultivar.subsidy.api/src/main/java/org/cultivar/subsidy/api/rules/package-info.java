/**
 * The rule building blocks schedules are composed of. Each is a small immutable value, pure and
 * deterministic given the registry's answers, and explains itself in Chinese and English.
 *
 * <p>Conditions (judged all-of): {@link org.cultivar.subsidy.api.rules.TitleHeld} (tier or higher
 * on the application date, optionally granted since a day), {@link
 * org.cultivar.subsidy.api.rules.RelocatedSince}, {@link org.cultivar.subsidy.api.rules.OutputPerMu}.
 * Amount rules: {@link org.cultivar.subsidy.api.rules.FixedAmount}, {@link
 * org.cultivar.subsidy.api.rules.FixedAmountByTier}, {@link org.cultivar.subsidy.api.rules.ClaimedAmount},
 * {@link org.cultivar.subsidy.api.rules.PercentageOf}, {@link org.cultivar.subsidy.api.rules.SteppedTable},
 * and the wrappers {@link org.cultivar.subsidy.api.rules.Capped} and {@link
 * org.cultivar.subsidy.api.rules.TopUp}. Once-only limits, the yearly cap and instalments are
 * declared on the definition ({@link org.cultivar.subsidy.api.Limits}, {@link
 * org.cultivar.subsidy.api.InstalmentTerms}); every schedule also requires the enterprise to be
 * registered in its region.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cultivar.subsidy.api.rules;
