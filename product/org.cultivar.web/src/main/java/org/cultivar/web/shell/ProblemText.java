package org.cultivar.web.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;

/**
 * Refused input as the person reads it: the message in their language where the service gave
 * one, and the field under its name on the screen rather than the service's identifier
 * ({@code credit_code}, {@code figures.revenue} → 统一社会信用代码, 营业收入).
 */
public final class ProblemText {

    private static final String FIELD_KEY = "problem.field.";

    private ProblemText() {
    }

    public static String message(FieldProblem problem) {
        return problem.message(UiLanguage.chinese());
    }

    /** The field's name from the translations ({@code problem.field.*}); the identifier itself where there is none. */
    public static String field(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        String key = FIELD_KEY + field.substring(field.lastIndexOf('.') + 1).replace("_", "").toLowerCase(Locale.ROOT);
        String name = I18NProvider.translate(key);
        return name == null || name.isBlank() || name.contains(key) ? field : name;
    }

    /** The field's name and the message, for a problem shown apart from its field. */
    public static String of(FieldProblem problem) {
        String field = field(problem.field());
        return field.isEmpty() ? message(problem) : field + (UiLanguage.chinese() ? "：" : ": ") + message(problem);
    }

    /** Every problem of a refusal, with its line where it has one. */
    public static String of(InvalidInputException refused) {
        boolean chinese = UiLanguage.chinese();
        return InvalidInputException.joined(refused.problems().stream().map(problem -> (problem.line() <= 0 ? ""
                : chinese ? "第 " + problem.line() + " 行，" : "line " + problem.line() + ", ") + of(problem)).toList(), chinese);
    }

    /** Messages as one, in the person's language ({@link InvalidInputException#joined}). */
    public static String joined(List<String> texts) {
        return InvalidInputException.joined(texts, UiLanguage.chinese());
    }
}
