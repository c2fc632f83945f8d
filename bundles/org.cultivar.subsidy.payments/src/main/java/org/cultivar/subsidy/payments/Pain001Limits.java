package org.cultivar.subsidy.payments;

/** The lengths pain.001.001.09 allows for the fields Cultivar fills (ISO 20022 data types). */
final class Pain001Limits {

    /** Max35Text: MsgId, PmtInfId, EndToEndId. */
    static final int IDENTIFIER = 35;
    /** Max140Text: party and agent names, one unstructured remittance line. */
    static final int NAME = 140;
    /** Max70Text: CashAccount38/Nm, the account's own name. */
    static final int ACCOUNT_NAME = 70;

    private Pain001Limits() {
    }
}
