package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.process.Application;
import org.cultivar.subsidy.api.process.ApprovalDecision;
import org.cultivar.subsidy.api.process.ConflictException;

/** Rows of subsidy_application, with its subsidy_assessment, and subsidy_decision. */
final class ApplicationTable {

    private static final String FLAG_SEPARATOR = "\n";
    /**
     * The assessment is a row of its own (migration V7): written when the application is assessed,
     * it is not rewritten by every status change, as it was as a column.
     */
    private static final String SELECT = "SELECT a.*, s.assessment FROM subsidy_application a"
            + " JOIN subsidy_assessment s ON s.application_id = a.id";

    private ApplicationTable() {
    }

    static long insert(Connection c, String scheduleId, RegionCode region, Set<String> purposes, Assessment assessment,
                       Set<String> documents, List<String> duplicateFlags, Application.Status status, String recordedBy,
                       Instant at) throws SQLException {
        long id = Jdbc.insert(c, "INSERT INTO subsidy_application (version, schedule_id, region_code, credit_code, application_date,"
                        + " purposes, status, eligible, amount, configuration_hash, documents, duplicate_flags, round,"
                        + " current_step, recorded_by, recorded_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)",
                scheduleId, region.code(), assessment.input().enterprise().value(), assessment.input().applicationDate(),
                joined(purposes), status, assessment.eligibility().eligible(),
                assessment.award().map(award -> award.amount()).orElse(null),
                assessment.configuration().digest(), joined(documents), flags(duplicateFlags), recordedBy, at);
        Jdbc.update(c, "INSERT INTO subsidy_assessment (application_id, assessment) VALUES (?, ?)", id, AssessmentJson.write(assessment));
        return id;
    }

    static Optional<StoredApplication> find(Connection c, long id) throws SQLException {
        Optional<StoredApplication> row = Jdbc.one(c, SELECT + " WHERE a.id = ?", ApplicationTable::row, id);
        return row.isEmpty() ? row : Optional.of(withDecisions(c, row.get()));
    }

    /** The application as the caller saw it, or a conflict if someone changed it since. */
    static StoredApplication current(Connection c, long id, long expectedVersion) throws SQLException {
        StoredApplication stored = find(c, id).orElseThrow(() -> new ConflictException(BilingualText.of("申请 " + id + " 不存在。",
                "Application " + id + " does not exist.")));
        if (stored.application().version() != expectedVersion) {
            throw changedMeanwhile(id);
        }
        return stored;
    }

    /**
     * The applications of the ids that exist, by id, each row locked until the transaction ends
     * (in id order, the order every decision locks in). Read without their decisions: see
     * {@link #decidersOfRound}.
     */
    static Map<Long, StoredApplication> lockAll(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, StoredApplication> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Object[] inOrder = new TreeSet<>(ids).toArray();
            // the application rows alone: H2 marks a row locked by writing it again, and the assessment rows are kilobytes
            Jdbc.list(c, "SELECT id FROM subsidy_application WHERE id IN (" + Jdbc.placeholders(ids.size()) + ") ORDER BY id FOR UPDATE",
                    row -> null, inOrder);
            for (StoredApplication stored : Jdbc.list(c, SELECT + " WHERE a.id IN (" + Jdbc.placeholders(ids.size()) + ")",
                    ApplicationTable::row, inOrder)) {
                found.put(stored.application().id(), stored);
            }
        }
        return found;
    }

    static List<StoredApplication> list(Connection c, Application.Status status, String regionPattern, int offset, int limit)
            throws SQLException {
        List<StoredApplication> rows = Jdbc.list(c, SELECT + " WHERE a.status = ? AND a.region_code LIKE ?"
                + " ORDER BY a.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", ApplicationTable::row, status, regionPattern, offset, limit);
        List<StoredApplication> complete = new java.util.ArrayList<>();
        for (StoredApplication stored : rows) {
            complete.add(withDecisions(c, stored));
        }
        return complete;
    }

    /** Applications of the enterprise that still count (not withdrawn or rejected), for duplicate detection. */
    static List<StoredApplication> standingOf(Connection c, CreditCode enterprise) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE a.credit_code = ? AND a.status NOT IN ('WITHDRAWN', 'REJECTED')"
                + " ORDER BY a.id", ApplicationTable::row, enterprise.value());
    }

    /**
     * Moves the application on if nobody changed it since {@code expectedVersion}; the row lock
     * this takes makes a racing second caller wait, then find the version changed.
     */
    static void advance(Connection c, long id, long expectedVersion, Application.Status status, int round, int currentStep)
            throws SQLException {
        int changed = Jdbc.update(c, "UPDATE subsidy_application SET status = ?, round = ?, current_step = ?, version = version + 1"
                + " WHERE id = ? AND version = ?", status, round, currentStep, id, expectedVersion);
        if (changed == 0) {
            throw changedMeanwhile(id);
        }
    }

    /**
     * A move of {@link #advanceAll}: the application, the version it was judged in, where it goes,
     * and the chain it was judged under ({@link ChainSnapshot}), kept for the rest of its round.
     */
    record Advance(long id, long expectedVersion, Application.Status status, int round, int currentStep, String approvalChain) {
    }

    /** {@link #advance} for many applications in one JDBC batch; if any was changed meanwhile, a conflict naming the first. */
    static void advanceAll(Connection c, List<Advance> advances) throws SQLException {
        int[] changed = Jdbc.batch(c, "UPDATE subsidy_application SET status = ?, round = ?, current_step = ?, approval_chain = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?", advances.stream().map(advance -> new Object[] {advance.status(),
                        advance.round(), advance.currentStep(), advance.approvalChain(), advance.id(), advance.expectedVersion()}).toList());
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 0) {
                throw changedMeanwhile(advances.get(i).id());
            }
        }
    }

    /** Replaces the assessment after a correction; the corrector becomes the recorder. */
    static void reassess(Connection c, long id, long expectedVersion, Assessment assessment, Set<String> documents,
                         List<String> duplicateFlags, int round, String recordedBy, Instant at) throws SQLException {
        int changed = Jdbc.update(c, "UPDATE subsidy_application SET status = ?, eligible = ?, amount = ?,"
                        + " configuration_hash = ?, documents = ?, duplicate_flags = ?, round = ?, current_step = 0, approval_chain = NULL, recorded_by = ?,"
                        + " recorded_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                Application.Status.AWAITING_DECISION, assessment.eligibility().eligible(),
                assessment.award().map(award -> award.amount()).orElse(null),
                assessment.configuration().digest(), joined(documents), flags(duplicateFlags), round, recordedBy, at, id,
                expectedVersion);
        if (changed == 0) {
            throw changedMeanwhile(id);
        }
        Jdbc.update(c, "UPDATE subsidy_assessment SET assessment = ? WHERE application_id = ?", AssessmentJson.write(assessment), id);
    }

    /** A decision as recorded: who took which step of which round, and what they said. */
    record Decision(long applicationId, int round, String step, String actorId, String role, ApprovalDecision.Verdict verdict,
                    String comment, Instant at) {
    }

    static void insertDecisions(Connection c, List<Decision> decisions) throws SQLException {
        Jdbc.batch(c, "INSERT INTO subsidy_decision (application_id, round, step, actor_id, actor_role, verdict, comment, decided_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", decisions.stream().map(d -> new Object[] {d.applicationId(), d.round(), d.step(),
                        d.actorId(), d.role(), d.verdict(), d.comment(), d.at()}).toList());
    }

    /** Who took a step in each application's current round, so that nobody takes two; by application id. */
    static Map<Long, Set<String>> decidersOfRound(Connection c, Collection<StoredApplication> applications) throws SQLException {
        Map<Long, Set<String>> deciders = new HashMap<>();
        Map<Long, Integer> rounds = new HashMap<>();
        for (StoredApplication stored : applications) {
            rounds.put(stored.application().id(), stored.round());
            deciders.put(stored.application().id(), new TreeSet<>());
        }
        if (!rounds.isEmpty()) {
            Jdbc.list(c, "SELECT application_id, round, actor_id FROM subsidy_decision WHERE application_id IN ("
                    + Jdbc.placeholders(rounds.size()) + ")", row -> {
                        long id = row.getLong(1);
                        if (rounds.get(id) == row.getInt(2)) {
                            deciders.get(id).add(row.getString(3));
                        }
                        return null;
                    }, rounds.keySet().toArray());
        }
        return deciders;
    }

    static ConflictException changedMeanwhile(long id) {
        return new ConflictException(BilingualText.of("申请 " + id + " 已被他人改动，请重新打开后再试。",
                "Application " + id + " was changed by someone else meanwhile; reload it and try again."));
    }

    private static StoredApplication withDecisions(Connection c, StoredApplication stored) throws SQLException {
        Application a = stored.application();
        List<ApprovalDecision> decisions = Jdbc.list(c, "SELECT * FROM subsidy_decision WHERE application_id = ? ORDER BY id",
                row -> new ApprovalDecision(row.getString("step"), row.getString("actor_id"),
                        Jdbc.named(ApprovalDecision.Verdict.class, row, "verdict"), row.getString("comment"),
                        Jdbc.instant(row, "decided_at")), a.id());
        return new StoredApplication(new Application(a.id(), a.version(), a.scheduleId(), a.region(), a.enterprise(), a.status(),
                a.assessment(), a.recordedBy(), a.recordedAt(), a.documentsReceived(), decisions),
                stored.purposes(), stored.duplicateFlags(), stored.round(), stored.currentStep(), stored.approvalChain());
    }

    private static StoredApplication row(ResultSet row) throws SQLException {
        Application application = new Application(row.getLong("id"), row.getLong("version"), row.getString("schedule_id"),
                RegionCode.of(row.getString("region_code")), CreditCode.overridingCheck(row.getString("credit_code")),
                Jdbc.named(Application.Status.class, row, "status"), AssessmentJson.read(row.getString("assessment")),
                row.getString("recorded_by"), Jdbc.instant(row, "recorded_at"), split(row.getString("documents")), List.of());
        String flags = row.getString("duplicate_flags");
        return new StoredApplication(application, split(row.getString("purposes")),
                flags == null ? List.of() : List.of(flags.split(FLAG_SEPARATOR)), row.getInt("round"), row.getInt("current_step"),
                row.getString("approval_chain"));
    }

    private static String joined(Set<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }

    private static String flags(List<String> flags) {
        return flags.isEmpty() ? null : String.join(FLAG_SEPARATOR, flags);
    }
}
