package org.cultivar.subsidy.api.payment;

/**
 * Writes payment files. Accounts and amounts are validated first; an order that fails is
 * refused with an {@link org.cultivar.registry.api.InvalidInputException} naming the line
 * (1-based instruction number) and field, and no file is produced.
 */
public interface PaymentFileWriter {

    /** ISO 20022 {@code pain.001.001.09} customer credit transfer initiation, UTF-8 XML. */
    byte[] pain001(PaymentOrder order);

    /** The same order as CSV (UTF-8 with BOM; cells safe against formula injection). */
    byte[] csv(PaymentOrder order);
}
