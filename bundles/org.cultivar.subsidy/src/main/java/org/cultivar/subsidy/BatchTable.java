package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.PaymentInstruction;
import org.cultivar.subsidy.api.process.DisbursementBatch;

/** Rows of subsidy_batch and subsidy_batch_item. */
final class BatchTable {

    /** A batch with what its payment file and region checks need. */
    record Stored(DisbursementBatch batch, RegionCode region, String messageId, java.time.LocalDate executionDate) {
    }

    /** The counts are the row's own (migration V8), moved by {@link #include} and {@link #exclude}. */
    private static final String SELECT = "SELECT b.* FROM subsidy_batch b ";

    private BatchTable() {
    }

    static Optional<Stored> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, SELECT + "WHERE b.id = ?", BatchTable::row, id);
    }

    static Optional<Stored> byRequestKey(Connection c, String requestKey) throws SQLException {
        return Jdbc.one(c, SELECT + "WHERE b.request_key = ?", BatchTable::row, requestKey);
    }

    static Optional<Stored> byMessageId(Connection c, String messageId) throws SQLException {
        return Jdbc.one(c, SELECT + "WHERE b.message_id = ?", BatchTable::row, messageId);
    }

    static List<Stored> list(Connection c, String regionPattern, int offset, int limit) throws SQLException {
        return Jdbc.list(c, SELECT + "WHERE b.region_code LIKE ? ORDER BY b.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                BatchTable::row, regionPattern, offset, limit);
    }

    /** Locks the batch row, so that two runs of the same batch (a resume racing the first run) take turns. */
    static Optional<DisbursementBatch.Status> lock(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT status FROM subsidy_batch WHERE id = ? FOR UPDATE",
                row -> DisbursementBatch.Status.valueOf(row.getString(1)), id);
    }

    static void setStatus(Connection c, long id, DisbursementBatch.Status status) throws SQLException {
        Jdbc.update(c, "UPDATE subsidy_batch SET status = ?, version = version + 1 WHERE id = ?", status, id);
    }

    /** Ids of the batches still being filled, oldest first. */
    static List<Long> preparing(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT id FROM subsidy_batch WHERE status = ? ORDER BY id", row -> row.getLong(1),
                DisbursementBatch.Status.PREPARING);
    }

    /** An item taken into the batch: its amount and the account it is paid to. */
    record Inclusion(long payoutId, Money amount, BankAccount account) {
    }

    /** An item left out, with the reason. */
    record Exclusion(long payoutId, String reason) {
    }

    static void include(Connection c, long batchId, List<Inclusion> inclusions) throws SQLException {
        Jdbc.batch(c, "UPDATE subsidy_batch_item SET state = 'INCLUDED', amount = ?, account_number = ?, account_name = ?,"
                + " bank_name = ?, cnaps_code = ? WHERE batch_id = ? AND payout_id = ?", inclusions.stream()
                .map(item -> new Object[] {item.amount(), item.account().accountNumber(), item.account().accountName(),
                    item.account().bankName(), item.account().cnapsCode(), batchId, item.payoutId()}).toList());
        Money total = inclusions.stream().map(Inclusion::amount).reduce(Money.ZERO, Money::plus);
        Jdbc.update(c, "UPDATE subsidy_batch SET included = included + ?, included_total = included_total + ? WHERE id = ?",
                inclusions.size(), total, batchId);
    }

    static void exclude(Connection c, long batchId, List<Exclusion> exclusions) throws SQLException {
        Jdbc.batch(c, "UPDATE subsidy_batch_item SET state = 'EXCLUDED', reason = ? WHERE batch_id = ? AND payout_id = ?",
                exclusions.stream().map(item -> new Object[] {item.reason(), batchId, item.payoutId()}).toList());
        Jdbc.update(c, "UPDATE subsidy_batch SET excluded = excluded + ? WHERE id = ?", exclusions.size(), batchId);
    }

    /** The credit transfers of the batch, in payout order, to the accounts recorded when each was included. */
    static List<PaymentInstruction> instructions(Connection c, long batchId) throws SQLException {
        return Jdbc.list(c, "SELECT i.*, p.credit_code, p.award_id, p.tranche, p.schedule_id FROM subsidy_batch_item i"
                        + " JOIN subsidy_payout p ON p.id = i.payout_id WHERE i.batch_id = ? AND i.state = 'INCLUDED' ORDER BY i.payout_id",
                row -> new PaymentInstruction(PaymentReferences.endToEndId(row.getLong("payout_id")),
                        org.cultivar.registry.api.CreditCode.overridingCheck(row.getString("credit_code")), row.getString("account_name"),
                        new BankAccount(row.getString("account_number"), row.getString("account_name"), row.getString("bank_name"),
                                row.getString("cnaps_code")), Jdbc.money(row, "amount"),
                        row.getString("schedule_id") + " award " + row.getLong("award_id") + " tranche " + row.getInt("tranche")),
                batchId);
    }

    private static Stored row(ResultSet row) throws SQLException {
        DisbursementBatch batch = new DisbursementBatch(row.getLong("id"), row.getString("schedule_id"),
                Jdbc.named(DisbursementBatch.Status.class, row, "status"),
                (int) (row.getLong("requested") - row.getLong("excluded")),
                (int) (row.getLong("included") + row.getLong("excluded")), Jdbc.money(row, "included_total"), row.getString("created_by"), Jdbc.instant(row, "created_at"));
        return new Stored(batch, RegionCode.of(row.getString("region_code")), row.getString("message_id"),
                Jdbc.date(row, "execution_date"));
    }
}
