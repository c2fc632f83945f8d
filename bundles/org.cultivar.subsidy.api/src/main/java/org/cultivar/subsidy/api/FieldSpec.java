package org.cultivar.subsidy.api;

import java.time.LocalDate;

/**
 * One field of a schedule's application form: its key (the name rules and the store use), its
 * label, whether it is required, and its type with the type's constraints. The UI generates the
 * form from these; {@link ApplicationForm#read} enforces them, so a value that passes the UI but
 * not the constraints still never reaches a rule.
 */
public sealed interface FieldSpec permits MoneyField, IntegerField, DateField, ChoiceField, YesNoField, TextField {

    String key();

    BilingualText label();

    boolean required();

    FieldType type();

    /**
     * The typed value of non-blank entered text.
     *
     * @param applicationDate the day the application is judged on, for date limits relative to it
     * @throws IllegalArgumentException saying what is wrong, in one short line that does not name the field; the
     *                                  field types of this package word it in Chinese too ({@link FieldValueException})
     */
    Object read(String text, LocalDate applicationDate);

    /** Keys are identifiers: they appear in stored applications, configuration and messages. */
    static String checkedKey(String key) {
        if (key == null || !key.matches("[a-z][A-Za-z0-9]{0,63}")) {
            throw new IllegalArgumentException("A field key must be a camelCase identifier, not " + Shown.quoted(key));
        }
        return key;
    }
}
