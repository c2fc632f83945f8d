package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.stream.Collectors;

import org.cultivar.registry.api.CriteriaEvaluation;

/** registry_evaluation: each evaluation a decision relied on, with the rule set version it used. */
final class EvaluationTable {

    private EvaluationTable() {
    }

    static void insert(Connection c, long enterpriseId, Long titleId, String decision, CriteriaEvaluation evaluation,
                       String actorId, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_evaluation (enterprise_id, title_id, "
                + "decision, tier, rule_set_id, purpose, fiscal_year, passed, failures, actor_id, evaluated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, enterpriseId);
            Jdbc.setLong(insert, 2, titleId);
            insert.setString(3, decision);
            insert.setString(4, evaluation.tier().name());
            insert.setString(5, evaluation.ruleSetId());
            insert.setString(6, evaluation.purpose().name());
            Jdbc.setInteger(insert, 7, evaluation.fiscalYear() == 0 ? null : evaluation.fiscalYear());
            insert.setBoolean(8, evaluation.passed());
            Jdbc.setText(insert, 9, evaluation.passed() ? null : cut(Evaluations.failures(evaluation).stream()
                    .collect(Collectors.joining("\n")), 4000));
            insert.setString(10, actorId);
            Jdbc.setInstant(insert, 11, now);
            insert.executeUpdate();
        }
    }

    static String cut(String text, int maximum) {
        return text.length() <= maximum ? text : text.substring(0, maximum - 1) + "…";
    }
}
