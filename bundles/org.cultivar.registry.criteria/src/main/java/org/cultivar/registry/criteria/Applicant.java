package org.cultivar.registry.criteria;

import org.cultivar.registry.api.CriteriaEvaluation.Purpose;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.YearlyFigures;

/** What a rule set judges: the enterprise, its figures and why it is judged. */
record Applicant(Enterprise enterprise, FigureHistory figures, Purpose purpose) {

    boolean reevaluation() {
        return purpose == Purpose.REEVALUATION;
    }

    /** The award reported with the latest figures ({@code NONE} without one). */
    ScienceAward scienceAward() {
        return figures.latest().map(YearlyFigures::scienceAward).orElse(ScienceAward.NONE);
    }

    /** The enterprise's sector, or {@code null} when unknown. */
    Sector sector() {
        return enterprise == null ? null : enterprise.sector();
    }
}
