package org.cultivar.subsidy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cultivar.core.api.security.Role;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.process.ApprovalChain;
import org.cultivar.subsidy.api.process.ApprovalStep;

/**
 * The engine's configuration, read loudly: an entry that does not parse fails activation with
 * its text, instead of being dropped (a chain silently falling back would weaken approvals).
 */
record EngineSettings(Map<String, ApprovalChain> chains, Map<String, BankAccount> payers, String initiatingParty,
                      int chunkSize) {

    static final EngineSettings DEFAULT = new EngineSettings(Map.of(), Map.of(), "Cultivar", 500);

    EngineSettings {
        chains = Map.copyOf(chains);
        payers = Map.copyOf(payers);
        if (chunkSize < 1 || chunkSize > 10_000) {
            throw new IllegalArgumentException("Batch chunk size must be 1 to 10000, not " + chunkSize);
        }
    }

    static EngineSettings from(EngineConfiguration configuration) {
        Map<String, ApprovalChain> chains = new TreeMap<>();
        for (String entry : configuration.approvalChains()) {
            String[] parts = entry.split("=", 2);
            chains.put(parts[0].strip(), chain(entry, parts));
        }
        Map<String, BankAccount> payers = new TreeMap<>();
        for (String entry : configuration.payerAccounts()) {
            String[] parts = entry.split("=", 2);
            String[] fields = parts.length == 2 ? parts[1].split("\\|") : new String[0];
            if (fields.length != 4) {
                throw new IllegalArgumentException("Payer account \"" + entry + "\" is not scheduleId=accountNumber|accountName|bankName|CNAPS");
            }
            payers.put(parts[0].strip(), new BankAccount(fields[0].strip(), fields[1].strip(), fields[2].strip(), fields[3].strip()));
        }
        return new EngineSettings(chains, payers, configuration.initiatingParty(), configuration.batchChunkSize());
    }

    private static ApprovalChain chain(String entry, String[] parts) {
        if (parts.length != 2) {
            throw new IllegalArgumentException("Approval chain \"" + entry + "\" is not scheduleId=step:ROLE,…");
        }
        List<ApprovalStep> steps = new ArrayList<>();
        for (String step : parts[1].split(",")) {
            String[] keyAndRole = step.strip().split(":");
            if (keyAndRole.length != 2) {
                throw new IllegalArgumentException("Approval chain \"" + entry + "\": step \"" + step + "\" is not key:ROLE");
            }
            String key = keyAndRole[0].strip();
            steps.add(new ApprovalStep(key, BilingualText.of(key, key), Role.valueOf(keyAndRole[1].strip())));
        }
        return new ApprovalChain(steps);
    }

    ApprovalChain chain(String scheduleId) {
        return chains.getOrDefault(scheduleId, ApprovalChain.DEFAULT);
    }

    Optional<BankAccount> payer(String scheduleId) {
        return Optional.ofNullable(payers.get(scheduleId));
    }
}
