package org.cultivar.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cultivar.registry.api.TitleStatus;

/**
 * The automatic steps of a title's lifecycle (the system actor's): a granted title becomes
 * active on its grant date, an active or renewed one comes due for re-evaluation when its
 * validity ends within the window, and one still due the day after its validity ended expires.
 * Each step carries the day it took effect, so a title entered late gets an honest history.
 */
final class Lifecycle {

    /** The reasons automatic steps record read like those officials write, in Chinese: the timeline and the printed summary show them. */
    record Step(TitleStatus from, TitleStatus to, LocalDate effective, String reason) {
    }

    private Lifecycle() {
    }

    /** The steps due by {@code today}, in order; empty when the title is where it belongs. */
    static List<Step> stepsDue(TitleStatus status, LocalDate grantDate, LocalDate validUntil, LocalDate today,
                               int windowDays) {
        List<Step> steps = new ArrayList<>();
        TitleStatus current = status;
        LocalDate since = grantDate;
        while (true) {
            Step step = next(current, grantDate, validUntil, today, windowDays, since);
            if (step == null) {
                return steps;
            }
            steps.add(step);
            current = step.to();
            since = step.effective();
        }
    }

    private static Step next(TitleStatus status, LocalDate grantDate, LocalDate validUntil, LocalDate today,
                             int windowDays, LocalDate since) {
        switch (status) {
            case GRANTED:
                return grantDate.isAfter(today) ? null
                        : new Step(status, TitleStatus.ACTIVE, grantDate, "已到认定日期");
            case ACTIVE, RENEWED:
                LocalDate dueFrom = validUntil.minusDays(windowDays);
                return dueFrom.isAfter(today) ? null : new Step(status, TitleStatus.DUE_FOR_REEVALUATION,
                        latest(dueFrom, since), "有效期将在" + windowDays + "天内届满");
            case DUE_FOR_REEVALUATION:
                return validUntil.isBefore(today) ? new Step(status, TitleStatus.EXPIRED, validUntil.plusDays(1),
                        "有效期届满，未作复核决定") : null;
            default:
                return null;
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
