package org.cultivar.subsidy.api.payment;

/**
 * Reads bank confirmations: ISO 20022 {@code pain.002.001.10} status reports or the CSV form.
 * A malformed or foreign file is refused with an {@link org.cultivar.registry.api.InvalidInputException}
 * naming line/element and field; nothing is half-read.
 */
public interface ConfirmationReader {

    Confirmation read(String fileName, byte[] content);
}
