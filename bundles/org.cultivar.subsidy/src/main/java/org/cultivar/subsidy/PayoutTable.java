package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.process.ConflictException;
import org.cultivar.subsidy.api.process.Payout;

/** Rows of subsidy_payout; every change checks the version (or the status) it started from. */
final class PayoutTable {

    private static final String SELECT = "SELECT p.*, w.region_code AS award_region FROM subsidy_payout p"
            + " JOIN subsidy_award w ON w.id = p.award_id ";

    /** A payout with the region of its schedule, for the actor's scope. */
    record Stored(Payout payout, RegionCode region) {
    }

    private PayoutTable() {
    }

    /** A payout to create: one tranche of an award. */
    record New(long awardId, String scheduleId, RegionCode region, CreditCode enterprise, int tranche, Money amount, int fiscalYear,
               boolean conditional, Payout.Status status) {
    }

    static void insertAll(Connection c, List<New> payouts) throws SQLException {
        Jdbc.batch(c, "INSERT INTO subsidy_payout (version, award_id, schedule_id, region_code, credit_code, tranche, amount,"
                        + " fiscal_year, conditional_on_review, status) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)", payouts.stream()
                .map(payout -> new Object[] {payout.awardId(), payout.scheduleId(), payout.region().code(), payout.enterprise().value(),
                        payout.tranche(), payout.amount(), payout.fiscalYear(), payout.conditional(), payout.status()}).toList());
    }

    static Optional<Stored> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + "WHERE p.id = ?", PayoutTable::row, id);
    }

    /** The schedule and region a payout belongs to: what a batch request is checked against. */
    record Owner(String scheduleId, RegionCode region) {
    }

    /**
     * The owners of the ids that exist, by id. The ids are joined as a VALUES table rather than
     * matched by an IN list: H2 looks each IN row up by index and then tests it against the
     * whole list again, which is quadratic in the list's length (5,000 ids: seconds).
     */
    static java.util.Map<Long, Owner> ownersOf(Connection c, List<Long> ids) throws SQLException {
        java.util.Map<Long, Owner> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Jdbc.list(c, "SELECT p.id, p.schedule_id, w.region_code FROM (VALUES " + Jdbc.valueRows(ids.size()) + ") v (id)"
                    + " JOIN subsidy_payout p ON p.id = v.id JOIN subsidy_award w ON w.id = p.award_id",
                    row -> found.put(row.getLong(1), new Owner(row.getString(2), RegionCode.of(row.getString(3)))), ids.toArray());
        }
        return found;
    }

    static List<Stored> ofAward(Connection c, long awardId) throws SQLException {
        return Jdbc.list(c, SELECT + "WHERE p.award_id = ? ORDER BY p.tranche", PayoutTable::row, awardId);
    }

    static List<Stored> ofBatch(Connection c, long batchId) throws SQLException {
        return Jdbc.list(c, SELECT + "WHERE p.batch_id = ? ORDER BY p.id", PayoutTable::row, batchId);
    }

    static List<Stored> list(Connection c, Payout.Status status, String regionPattern, int offset, int limit) throws SQLException {
        return Jdbc.list(c, SELECT + "WHERE p.status = ? AND p.region_code LIKE ? ORDER BY p.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                PayoutTable::row, status, regionPattern, offset, limit);
    }

    /**
     * Moves the payout from the status it was seen in; if another transaction moved it first,
     * the caller lost the race and nothing changes.
     */
    /** Planned tranches whose fiscal year has come and that wait for no review, oldest first. */
    static List<Stored> plannedDue(Connection c, int year, int limit) throws SQLException {
        return Jdbc.list(c, SELECT + "WHERE p.status = ? AND p.conditional_on_review = FALSE AND p.fiscal_year <= ?"
                + " ORDER BY p.id FETCH FIRST ? ROWS ONLY", PayoutTable::row, Payout.Status.PLANNED, year, limit);
    }

    /** The tranche's review has passed: from now on it waits only for its fiscal year. */
    static void reviewPassed(Connection c, long id, long expectedVersion) throws SQLException {
        int changed = Jdbc.update(c, "UPDATE subsidy_payout SET conditional_on_review = FALSE, version = version + 1"
                + " WHERE id = ? AND version = ?", id, expectedVersion);
        if (changed == 0) {
            throw changedMeanwhile(id);
        }
    }

    static void move(Connection c, long id, long expectedVersion, Payout.Status to, String holdReason, Long batchId)
            throws SQLException {
        move(c, id, expectedVersion, to, holdReason, null, batchId);
    }

    /** {@link #move} with the reason in English and Chinese (the engine's own reasons; someone's own words are kept as written). */
    static void move(Connection c, long id, long expectedVersion, Payout.Status to, String holdReason, String holdReasonZh, Long batchId)
            throws SQLException {
        int changed = Jdbc.update(c, "UPDATE subsidy_payout SET status = ?, hold_reason = ?, hold_reason_zh = ?, batch_id = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?", to, holdReason, holdReasonZh, batchId, id, expectedVersion);
        if (changed == 0) {
            throw changedMeanwhile(id);
        }
    }

    /** A move of {@link #moveAll}: the payout, the version it was seen in and where it goes. */
    record Move(long id, long expectedVersion, Payout.Status to, String holdReason, String holdReasonZh, Long batchId) {

        /** A move with no reason, or one in someone's own words. */
        Move(long id, long expectedVersion, Payout.Status to, String holdReason, Long batchId) {
            this(id, expectedVersion, to, holdReason, null, batchId);
        }
    }

    /** {@link #move} for many payouts in one JDBC batch; if any was changed meanwhile, a conflict naming the first. */
    static void moveAll(Connection c, List<Move> moves) throws SQLException {
        int[] changed = Jdbc.batch(c, "UPDATE subsidy_payout SET status = ?, hold_reason = ?, hold_reason_zh = ?, batch_id = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?", moves.stream().map(move -> new Object[] {move.to(),
                move.holdReason(), move.holdReasonZh(), move.batchId(), move.id(), move.expectedVersion()}).toList());
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 0) {
                throw changedMeanwhile(moves.get(i).id());
            }
        }
    }

    private static ConflictException changedMeanwhile(long id) {
        return new ConflictException(BilingualText.of("拨付 " + id + " 已被他人修改，请重新加载后再试。",
                "Payout " + id + " was changed by someone else meanwhile; reload it and try again."));
    }

    /** A payout from a row of {@code subsidy_payout} with its award's region as {@code award_region}. */
    static Stored row(ResultSet row) throws SQLException {
        return new Stored(new Payout(row.getLong("id"), row.getLong("version"), row.getLong("award_id"),
                row.getString("schedule_id"), CreditCode.overridingCheck(row.getString("credit_code")), row.getInt("tranche"),
                Jdbc.money(row, "amount"), row.getInt("fiscal_year"), row.getBoolean("conditional_on_review"),
                Jdbc.named(Payout.Status.class, row, "status"), row.getString("hold_reason"), Jdbc.longOrNull(row, "batch_id"),
                row.getString("hold_reason_zh")),
                RegionCode.of(row.getString("award_region")));
    }
}
