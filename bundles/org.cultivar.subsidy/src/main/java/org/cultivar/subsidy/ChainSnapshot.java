package org.cultivar.subsidy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalStep;

/**
 * The approval chain an application's round started under, as its row keeps it (migration V9):
 * steps as {@code key:ROLE}, comma-separated, the form the engine's configuration uses.
 */
final class ChainSnapshot {

    private ChainSnapshot() {
    }

    static String write(ApprovalChain chain) {
        return chain.steps().stream().map(step -> step.key() + ":" + step.role().name()).collect(Collectors.joining(","));
    }

    /**
     * The kept chain, or {@code inForce} where none is kept yet. Step names are not kept: they are
     * taken from the chain in force or the default one where a key matches, else the key itself.
     */
    static ApprovalChain read(String kept, ApprovalChain inForce) {
        if (kept == null || kept.isBlank()) {
            return inForce;
        }
        List<ApprovalStep> steps = new ArrayList<>();
        for (String step : kept.split(",")) {
            String[] keyAndRole = step.split(":", 2);
            String key = keyAndRole[0];
            steps.add(new ApprovalStep(key, nameOf(key, inForce), Role.valueOf(keyAndRole[1])));
        }
        return new ApprovalChain(steps);
    }

    private static BilingualText nameOf(String key, ApprovalChain inForce) {
        return inForce.steps().stream().filter(step -> step.key().equals(key)).findFirst()
                .or(() -> ApprovalChain.DEFAULT.steps().stream().filter(step -> step.key().equals(key)).findFirst())
                .map(ApprovalStep::name).orElse(BilingualText.of(key, key));
    }
}
