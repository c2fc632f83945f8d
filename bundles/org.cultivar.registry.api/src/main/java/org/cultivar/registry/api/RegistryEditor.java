package org.cultivar.registry.api;

import java.util.List;

import org.cultivar.core.api.security.Actor;

/**
 * Changes to the registry. Enterprises and figures: clerks and officials whose region covers
 * the enterprise. Provincial titles: officials of the enterprise's province (or national
 * scope); national titles: national-scope officials. Each change and its audit entry commit
 * together; a refused change stores nothing.
 */
public interface RegistryEditor {

    Enterprise register(Actor actor, EnterpriseInput input);

    /** Corrects name, English name, region, sector or parent group; the credit code identifies. */
    Enterprise update(Actor actor, EnterpriseInput input);

    /** Records a new revision of the year's figures; earlier revisions stay. */
    FiguresRevision recordFigures(Actor actor, CreditCode creditCode, YearlyFigures figures, String source);

    Title grant(Actor actor, TitleGrant grant);

    /** Applies one decision; for promotion and demotion returns the successor title. */
    Title decide(Actor actor, TitleDecision decision);

    /**
     * Applies several decisions, each on its own (one refused decision does not undo the
     * others); the outcome lists what happened to each.
     */
    List<DecisionOutcome> decideAll(Actor actor, List<TitleDecision> decisions);

    /** What became of one decision: applied with its result, or refused with why ({@code errorZh}: the same in Chinese, or null). */
    record DecisionOutcome(long titleId, Title result, String error, String errorZh) {

        /** An outcome whose error, if any, is in English only. */
        public DecisionOutcome(long titleId, Title result, String error) {
            this(titleId, result, error, null);
        }

        public boolean applied() {
            return error == null;
        }

        /** Why it was refused, in Chinese where {@code chinese} is asked for and there is one; null when applied. */
        public String error(boolean chinese) {
            return chinese && errorZh != null ? errorZh : error;
        }
    }
}
