package org.cultivar.subsidy.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.platform.ConfigurableComponent;
import org.cultivar.core.api.platform.ConfigurationField;
import org.cultivar.core.api.platform.PlatformAdmin;

/**
 * Gives the demo schedules a payer account, through the audited configuration path an
 * administrator uses, because no payment file is produced without one. Accounts an
 * administrator already entered are kept; only missing schedules get the demo account.
 */
final class PayerAccounts {

    static final String ENGINE_PID = "org.cultivar.subsidy";
    static final String FIELD = "payerAccounts";

    private PayerAccounts() {
    }

    /** @return whether the configuration was changed (the engine's services then restart) */
    static boolean ensure(PlatformAdmin platform, List<String> scheduleIds) {
        ConfigurableComponent engine = platform.configurableComponents(DemoActors.SEEDING_OFFICIAL).stream()
                .filter(c -> c.pid().equals(ENGINE_PID)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the subsidy engine's configuration is not available"));
        String current = engine.fields().stream().filter(f -> f.id().equals(FIELD)).map(ConfigurationField::currentValue)
                .findFirst().orElse("");
        List<String> entries = new ArrayList<>();
        for (String entry : current == null ? new String[0] : current.split(",")) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        boolean changed = false;
        for (String scheduleId : scheduleIds) {
            if (entries.stream().noneMatch(e -> e.startsWith(scheduleId + "="))) {
                entries.add(scheduleId + "=" + demoPayer(scheduleId));
                changed = true;
            }
        }
        if (changed) {
            platform.configure(DemoActors.SEEDING_OFFICIAL, ENGINE_PID, Map.of(FIELD, String.join(",", entries)));
        }
        return changed;
    }

    /** accountNumber|accountName|bankName|CNAPS, the engine's format; no commas (the list separator). */
    private static String demoPayer(String scheduleId) {
        String city = scheduleId.startsWith("shenzhen.") ? "深圳市" : "广州市";
        return "62000000" + Math.abs(scheduleId.hashCode() % 100_000_000) + "|" + city + "财政局（演示）" + "|"
                + "演示银行 Demo Bank (not real)" + "|999581000001";
    }
}
