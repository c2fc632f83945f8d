package org.cultivar.web.reports;

import com.vaadin.flow.i18n.I18NProvider;
import org.cultivar.reports.api.ReportDescriptor;
import org.cultivar.reports.api.ReportParameter;
import org.cultivar.web.shell.UiLanguage;

/** Report texts in the UI's language: titles come with the report, everything else from the translation files. */
final class ReportLabels {

    private ReportLabels() {
    }

    static boolean chinese() {
        return UiLanguage.chinese();
    }

    static String text(String key, Object... parameters) {
        return I18NProvider.translate(key, parameters);
    }

    static String title(ReportDescriptor report) {
        return chinese() || report.englishTitle() == null ? report.chineseTitle() : report.englishTitle();
    }

    /** E.g. {@code reports.parameter.FISCAL_YEAR}. */
    static String parameter(ReportParameter.Kind kind) {
        return text("reports.parameter." + kind.name());
    }
}
