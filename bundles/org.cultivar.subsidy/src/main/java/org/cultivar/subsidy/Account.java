package org.cultivar.subsidy;

/**
 * The ledger's accounts, one set per schedule and fiscal year. Balances are debits minus
 * credits: APPROPRIATION is the funding source (a credit balance), AVAILABLE, COMMITTED and
 * DISBURSED hold debit balances, RECOVERED is the source of repaid money (a credit balance). The
 * balances always sum to zero, so available = appropriation − committed − disbursed + recovered.
 */
enum Account {
    APPROPRIATION, AVAILABLE, COMMITTED, DISBURSED, RECOVERED
}
