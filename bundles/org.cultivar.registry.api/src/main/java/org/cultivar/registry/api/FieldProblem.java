package org.cultivar.registry.api;

/**
 * One thing wrong with an input, naming the field (and the file line, for imports; 0 otherwise)
 * in words a clerk understands. Messages never echo more than a short, escaped part of the input.
 */
public record FieldProblem(long line, String field, String message) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(0, field, message);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ", " : "") + field + ": " + message;
    }
}
