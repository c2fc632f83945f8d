package org.cultivar.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.Tier;

/** registry_criteria_exception: titles kept or raised although criteria failed. */
final class ExceptionTable {

    private static final String SELECT = "SELECT x.id, x.title_id, e.credit_code, e.name_zh, x.tier, x.decision, "
            + "x.rule_set_id, x.failed_criteria, x.justification, x.actor_id, x.recorded_at "
            + "FROM registry_criteria_exception x JOIN registry_enterprise e ON e.id = x.enterprise_id ";

    private ExceptionTable() {
    }

    static long insert(Connection c, long enterpriseId, long titleId, Tier tier, CriteriaException.Decision decision,
                       String ruleSetId, List<String> failed, String justification, String actorId, Instant now)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO registry_criteria_exception (title_id, "
                + "enterprise_id, tier, decision, rule_set_id, failed_criteria, justification, actor_id, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, titleId);
            insert.setLong(2, enterpriseId);
            insert.setString(3, tier.name());
            insert.setString(4, decision.name());
            insert.setString(5, ruleSetId);
            insert.setString(6, EvaluationTable.cut(String.join("\n", failed), 4000));
            insert.setString(7, justification);
            insert.setString(8, actorId);
            Jdbc.setInstant(insert, 9, now);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    static List<CriteriaException> list(Connection c, String whereAndOrder, Object... parameters) throws SQLException {
        List<CriteriaException> exceptions = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(SELECT + whereAndOrder)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString("credit_code");
                    exceptions.add(new CriteriaException(rows.getLong("id"), rows.getLong("title_id"),
                            CreditCode.isValid(code) ? CreditCode.parse(code) : CreditCode.overridingCheck(code),
                            rows.getString("name_zh"), Tier.valueOf(rows.getString("tier")),
                            CriteriaException.Decision.valueOf(rows.getString("decision")), rows.getString("rule_set_id"),
                            Arrays.asList(rows.getString("failed_criteria").split("\n")), rows.getString("justification"),
                            rows.getString("actor_id"), Jdbc.instant(rows, "recorded_at")));
                }
            }
        }
        return exceptions;
    }

    /** Those of the enterprises that were renewed although criteria failed. */
    static Set<Long> renewedDespiteFailing(Connection c, Collection<Long> enterpriseIds) throws SQLException {
        Set<Long> renewed = new HashSet<>();
        if (enterpriseIds.isEmpty()) {
            return renewed;
        }
        try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT enterprise_id FROM registry_criteria_exception "
                + "WHERE decision = 'RENEW' AND enterprise_id IN (" + Jdbc.placeholders(enterpriseIds.size()) + ")")) {
            Jdbc.setAll(select, 1, enterpriseIds);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    renewed.add(rows.getLong(1));
                }
            }
        }
        return renewed;
    }
}
