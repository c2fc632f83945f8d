package org.cultivar.subsidy;

import java.util.List;
import java.util.Set;

import org.cultivar.subsidy.api.process.Application;

/**
 * An application with what the engine keeps beside the API's view: the purposes it was recorded
 * for, the duplicate flags for reviewers, and where it stands in its approval chain: the step, and
 * the chain its round started under ({@link ChainSnapshot}; {@code null} before the round's first step).
 */
record StoredApplication(Application application, Set<String> purposes, List<String> duplicateFlags, int round,
                         int currentStep, String approvalChain) {
}
