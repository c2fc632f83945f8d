package org.cultivar.subsidy.api;

/**
 * A field type's refusal of entered text, worded in Chinese as well: {@link ApplicationForm}
 * puts both into the field's problem. The English is the exception's message, so a caller that
 * knows only {@link IllegalArgumentException} reads what it always read.
 */
final class FieldValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String zh;

    FieldValueException(String zh, String en) {
        super(en);
        this.zh = zh;
    }

    String zh() {
        return zh;
    }
}
