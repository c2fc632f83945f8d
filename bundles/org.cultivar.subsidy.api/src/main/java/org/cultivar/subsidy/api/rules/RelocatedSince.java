package org.cultivar.subsidy.api.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cultivar.subsidy.api.ApplicationContext;
import org.cultivar.subsidy.api.Condition;
import org.cultivar.subsidy.api.ConditionResult;
import org.cultivar.subsidy.api.FieldType;

/**
 * The enterprise moved into the schedule's region on or after a day, by the relocation date the
 * application states in a date field. That it is now registered in the region is the built-in
 * region condition of every schedule.
 */
public record RelocatedSince(String dateField, LocalDate since) implements Condition {

    public RelocatedSince {
        Objects.requireNonNull(dateField, "dateField");
        Objects.requireNonNull(since, "since");
    }

    @Override
    public Map<String, FieldType> fieldsRead() {
        return Map.of(dateField, FieldType.DATE);
    }

    @Override
    public ConditionResult check(ApplicationContext context) {
        Optional<LocalDate> relocated = context.values().date(dateField);
        if (relocated.isEmpty()) {
            return ConditionResult.failed("relocated-since", "未填写迁入日期", "No relocation date given");
        }
        LocalDate day = relocated.get();
        if (day.isBefore(since)) {
            return ConditionResult.failed("relocated-since", "迁入日期 " + day + " 早于 " + since + "；仅此后迁入的企业符合条件",
                    "Relocated on " + day + ", before " + since + "; only relocations since then qualify");
        }
        return ConditionResult.met("relocated-since", "于 " + day + " 迁入本地区（不早于 " + since + "）",
                "Relocated into the region on " + day + " (on or after " + since + ")");
    }
}
