package org.cultivar.subsidy;

import java.sql.Statement;

import org.cultivar.store.api.Transactions;

/**
 * Makes what is committed so far durable before a file leaves for the bank. Embedded H2 writes
 * commits to disk in the background (up to half a second later), so a killed process could forget
 * a batch whose payment file is already at the bank; a retry would then pay it again under a new
 * message id (found by BatchCrashTest). PostgreSQL commits are durable already.
 */
final class DurableBeforeLeaving {

    private DurableBeforeLeaving() {
    }

    static void flush(Transactions transactions) {
        transactions.required(c -> {
            if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
                try (Statement checkpoint = c.createStatement()) {
                    checkpoint.execute("CHECKPOINT");
                }
            }
            return null;
        });
    }
}
