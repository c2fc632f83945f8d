package org.cultivar.registry.api;

import java.util.List;
import java.util.stream.Collectors;

/** The input was refused, for the reasons listed; nothing was stored. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(FieldProblem.of(field, message)));
    }

    /** One problem, in Chinese and English. */
    public InvalidInputException(String field, String zh, String en) {
        this(List.of(FieldProblem.of(field, zh, en)));
    }

    /** Every problem in one line, in Chinese where {@code chinese} is asked for and the problem has it. */
    public String message(boolean chinese) {
        return joined(problems.stream().map(problem -> (problem.line() > 0 ? (chinese ? "第 " + problem.line() + " 行，" : "line "
                + problem.line() + ", ") : "") + problem.field() + (chinese ? "：" : ": ") + problem.message(chinese)).toList(), chinese);
    }

    /**
     * Texts as one: "; " between English ones; "；" between Chinese ones, except after a sentence
     * that already ends with "。" (no "。；").
     */
    public static String joined(List<String> texts, boolean chinese) {
        if (!chinese) {
            return String.join("; ", texts);
        }
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            if (!joined.isEmpty() && joined.charAt(joined.length() - 1) != '。') {
                joined.append('；');
            }
            joined.append(text);
        }
        return joined.toString();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
