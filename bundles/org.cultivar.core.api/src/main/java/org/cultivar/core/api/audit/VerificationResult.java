package org.cultivar.core.api.audit;

/**
 * Outcome of checking the whole chain.
 *
 * @param firstBrokenSequence the sequence number of the first entry that does not verify
 *                            (altered, missing predecessor, reordered), or {@code null}
 * @param problem             what is wrong with it, in words
 */
public record VerificationResult(boolean intact, long entriesChecked, Long firstBrokenSequence, String problem) {
}
