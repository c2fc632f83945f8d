package org.cultivar.subsidy.api.process;

import java.util.Objects;

import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.BilingualText;

/** One decision an application needs after it was recorded, taken by someone holding the role. */
public record ApprovalStep(String key, BilingualText name, Role role) {

    public ApprovalStep {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (role == null || role == Role.AUDITOR) {
            throw new IllegalArgumentException("An approval step is taken by a clerk, an official or an administrator");
        }
    }
}
