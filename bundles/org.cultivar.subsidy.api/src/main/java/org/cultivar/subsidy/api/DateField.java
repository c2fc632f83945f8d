package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A day, written as ISO {@code yyyy-MM-dd}.
 *
 * @param earliest              the first day accepted, or {@code null}
 * @param notAfterApplication   whether the day must not lie after the application date (a fact
 *                              the application reports, such as a relocation, cannot be in the future)
 */
public record DateField(String key, BilingualText label, boolean required, LocalDate earliest,
                        boolean notAfterApplication) implements FieldSpec {

    public DateField {
        FieldSpec.checkedKey(key);
        Objects.requireNonNull(label, "label");
    }

    @Override
    public FieldType type() {
        return FieldType.DATE;
    }

    @Override
    public LocalDate read(String text, LocalDate applicationDate) {
        String cleaned = text.strip();
        LocalDate day;
        try {
            day = cleaned.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(cleaned) : null;
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            throw new FieldValueException(Shown.quotedZh(text) + " 不是日期；请按 yyyy-MM-dd 格式填写。",
                    Shown.quoted(text) + " is not a date written as yyyy-MM-dd");
        }
        if (earliest != null && day.isBefore(earliest)) {
            throw new FieldValueException(day + " 早于可填写的最早日期 " + earliest + "。", day + " is before " + earliest);
        }
        if (notAfterApplication && day.isAfter(applicationDate)) {
            throw new FieldValueException(day + " 晚于申请日期 " + applicationDate + "。",
                    day + " is after the application date " + applicationDate);
        }
        return day;
    }
}
