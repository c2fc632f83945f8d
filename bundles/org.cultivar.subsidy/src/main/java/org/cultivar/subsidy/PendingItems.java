package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.payment.BankAccount;

/**
 * The next pending items of a batch with everything judging them needs — the payout, the title
 * basis of its award and the enterprise's current verified payee account — read with one query
 * that takes the chunk's pending items in payout order and joins the rest to them, instead of one
 * query for the items and one IN list each for payouts, awards and accounts.
 */
final class PendingItems {

    /**
     * A pending item. The payout is null only if the item names a payout that does not exist (the
     * foreign key forbids it); the item is still listed, so that it cannot be passed over silently.
     */
    record Item(long payoutId, PayoutTable.Stored payout, AwardTable.TitleBasis award, Optional<BankAccount> account) {
    }

    private static final String SELECT = "SELECT i.payout_id AS item_payout_id, p.*, w.region_code AS award_region,"
            + " w.credit_code AS award_enterprise, w.title_id AS award_title_id, w.title_tier AS award_title_tier,"
            + " a.account_number AS payee_account_number, a.account_name AS payee_account_name,"
            + " a.bank_name AS payee_bank_name, a.cnaps_code AS payee_cnaps_code"
            // the chunk's items are taken first: limiting the joined rows instead made H2 join every
            // pending item of the batch for each chunk (quadratic: 100,000 payouts filled in 102 s)
            + " FROM (SELECT payout_id FROM subsidy_batch_item WHERE batch_id = ? AND state = 'PENDING'"
            + " ORDER BY payout_id FETCH FIRST ? ROWS ONLY) i"
            + " LEFT JOIN subsidy_payout p ON p.id = i.payout_id"
            + " LEFT JOIN subsidy_award w ON w.id = p.award_id"
            + " LEFT JOIN subsidy_payee_account a ON a.credit_code = w.credit_code AND a.superseded_at IS NULL"
            + " ORDER BY i.payout_id";

    private PendingItems() {
    }

    /** Up to {@code limit} pending items, lowest payout id first; empty when none is pending. */
    static List<Item> next(Connection c, long batchId, int limit) throws SQLException {
        // an enterprise has one current account; should it ever have two, the first is taken, as before
        Map<Long, Item> items = new LinkedHashMap<>();
        Jdbc.list(c, SELECT, row -> {
            long payoutId = row.getLong("item_payout_id");
            if (!items.containsKey(payoutId)) {
                boolean exists = row.getObject("award_region") != null;
                String accountNumber = row.getString("payee_account_number");
                items.put(payoutId, new Item(payoutId, exists ? PayoutTable.row(row) : null,
                        exists ? new AwardTable.TitleBasis(CreditCode.overridingCheck(row.getString("award_enterprise")),
                                Jdbc.longOrNull(row, "award_title_id"), Jdbc.named(Tier.class, row, "award_title_tier")) : null,
                        accountNumber == null ? Optional.empty() : Optional.of(new BankAccount(accountNumber,
                                row.getString("payee_account_name"), row.getString("payee_bank_name"), row.getString("payee_cnaps_code")))));
            }
            return null;
        }, batchId, limit);
        return new ArrayList<>(items.values());
    }
}
