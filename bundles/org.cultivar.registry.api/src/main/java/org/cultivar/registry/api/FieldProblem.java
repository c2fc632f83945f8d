package org.cultivar.registry.api;

/**
 * One thing wrong with an input, naming the field (and the file line, for imports; 0 otherwise)
 * in words a clerk understands. Messages never echo more than a short, escaped part of the input.
 *
 * <p>{@code message} is the English text (logs, exceptions, the English UI); {@code messageZh}
 * the same in Chinese, which clerks read by default. A problem given in English only (null
 * {@code messageZh}) reads in English in both languages rather than not at all.
 */
public record FieldProblem(long line, String field, String message, String messageZh) {

    /** A problem with an English message only. */
    public FieldProblem(long line, String field, String message) {
        this(line, field, message, null);
    }

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(0, field, message);
    }

    /** A problem of a form or request (no file line), in Chinese and English. */
    public static FieldProblem of(String field, String zh, String en) {
        return new FieldProblem(0, field, en, zh);
    }

    /** A problem of a file's line, in Chinese and English. */
    public static FieldProblem at(long line, String field, String zh, String en) {
        return new FieldProblem(line, field, en, zh);
    }

    /** The message in Chinese where there is one and {@code chinese} is asked for, else in English. */
    public String message(boolean chinese) {
        return chinese && messageZh != null ? messageZh : message;
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ", " : "") + field + ": " + message;
    }
}
