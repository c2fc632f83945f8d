package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;

/** Applies the automatic {@link Lifecycle} steps to stored titles, as the system actor, in batches. */
final class TitleLifecycle {

    private TitleLifecycle() {
    }

    /** Moves each title to where it belongs today; how many titles reached each status. */
    static Map<TitleStatus, Integer> advance(Connection c, List<Title> titles, LocalDate today, int windowDays,
                                             Instant now) throws SQLException {
        Map<TitleStatus, Integer> reached = new EnumMap<>(TitleStatus.class);
        List<TransitionTable.NewTransition> transitions = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE registry_title SET status = ?, ended_on = ? WHERE id = ?")) {
            for (Title title : titles) {
                List<Lifecycle.Step> steps = Lifecycle.stepsDue(title.status(), title.grantDate(), title.validUntil(),
                        today, windowDays);
                if (steps.isEmpty()) {
                    continue;
                }
                for (Lifecycle.Step step : steps) {
                    transitions.add(new TransitionTable.NewTransition(title.id(), step.from(), step.to(),
                            step.effective(), step.reason(), Actor.SYSTEM.userId(), title.validUntil()));
                    reached.merge(step.to(), 1, Integer::sum);
                }
                Lifecycle.Step last = steps.get(steps.size() - 1);
                update.setString(1, last.to().name());
                Jdbc.setDate(update, 2, last.to().ended() ? last.effective() : null);
                update.setLong(3, title.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        TransitionTable.insertAll(c, transitions, now);
        return reached;
    }
}
