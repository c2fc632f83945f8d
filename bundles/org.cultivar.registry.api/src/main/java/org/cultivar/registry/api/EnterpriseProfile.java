package org.cultivar.registry.api;

import java.util.List;

/**
 * Everything the enterprise page shows.
 *
 * @param checkOverrideReason why a credit code failing its check character was accepted, or {@code null}
 * @param figures             every recorded revision of every year, newest year and revision first
 * @param titles              the whole timeline, oldest title first
 * @param evaluations         the current titles' tiers (or the next tier up) evaluated against the rule set in force
 */
public record EnterpriseProfile(Enterprise enterprise, String checkOverrideReason, List<FiguresRevision> figures,
                                List<TitleHistory> titles, List<CriteriaEvaluation> evaluations,
                                List<RedFlag> redFlags, List<CriteriaException> exceptions) {
}
