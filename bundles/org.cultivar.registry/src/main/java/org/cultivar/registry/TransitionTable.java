package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.TitleTransition;

/** registry_title_transition: every step of every title, only ever inserted. */
final class TransitionTable {

    /** A step to record; {@code from} is {@code null} for the grant itself. */
    record NewTransition(long titleId, TitleStatus from, TitleStatus to, LocalDate effective, String reason,
                         String actorId, LocalDate validUntilAfter) {
    }

    private TransitionTable() {
    }

    static void insertAll(Connection c, List<NewTransition> transitions, Instant now) throws SQLException {
        if (transitions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_title_transition (title_id, "
                + "from_status, to_status, effective, reason, actor_id, recorded_at, valid_until_after) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewTransition transition : transitions) {
                insert.setLong(1, transition.titleId());
                Jdbc.setName(insert, 2, transition.from());
                insert.setString(3, transition.to().name());
                Jdbc.setDate(insert, 4, transition.effective());
                insert.setString(5, transition.reason());
                insert.setString(6, transition.actorId());
                Jdbc.setInstant(insert, 7, now);
                Jdbc.setDate(insert, 8, transition.validUntilAfter());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The transitions of the enterprise's titles by title, oldest first. */
    static Map<Long, List<TitleTransition>> ofEnterprise(Connection c, long enterpriseId) throws SQLException {
        Map<Long, List<TitleTransition>> transitions = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT x.title_id, x.from_status, x.to_status, "
                + "x.effective, x.reason, x.actor_id, x.recorded_at FROM registry_title_transition x "
                + "JOIN registry_title t ON t.id = x.title_id WHERE t.enterprise_id = ? ORDER BY x.id")) {
            select.setLong(1, enterpriseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    TitleTransition transition = new TitleTransition(rows.getLong("title_id"),
                            Jdbc.named(TitleStatus.class, rows, "from_status"),
                            TitleStatus.valueOf(rows.getString("to_status")), Jdbc.date(rows, "effective"),
                            rows.getString("reason"), rows.getString("actor_id"), Jdbc.instant(rows, "recorded_at"));
                    transitions.computeIfAbsent(transition.titleId(), id -> new ArrayList<>()).add(transition);
                }
            }
        }
        return transitions;
    }
}
