package org.cultivar.subsidy.api;

/** The kinds of application form field, and the Java type each is read into. */
public enum FieldType {
    /** {@link org.cultivar.core.api.money.Money} */
    MONEY,
    /** {@link Long} */
    INTEGER,
    /** {@link java.time.LocalDate} */
    DATE,
    /** {@link String}: the value of one of the field's choices */
    CHOICE,
    /** {@link Boolean} */
    YES_NO,
    /** {@link String} */
    TEXT
}
