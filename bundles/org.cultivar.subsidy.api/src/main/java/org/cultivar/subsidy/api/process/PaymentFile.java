package org.cultivar.subsidy.api.process;

/**
 * A batch's payment file. Producing it again gives the same bytes (message and end-to-end ids
 * derive from the batch and payouts), so a file handed out twice is recognised by the bank as one.
 */
public record PaymentFile(String fileName, Format format, byte[] content, String sha256) {

    public enum Format {
        /** ISO 20022 {@code pain.001.001.09} credit transfer. */
        PAIN_001,
        CSV
    }
}
