package org.cultivar.reports.api;

import java.util.Optional;

/**
 * A report's argument refused, worded in both languages where it is refused (ADR 0012): the
 * English is the exception message (logs, the English UI), the Chinese is what a clerk or auditor
 * reads by default. It names the parameter it is about, so the Reports page can show it there.
 */
public class InvalidReportArgumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final ReportParameter.Kind parameter;
    private final String chinese;

    /**
     * @param parameter the parameter the refusal is about; {@code null} when it is about none
     */
    public InvalidReportArgumentException(ReportParameter.Kind parameter, String chinese, String english) {
        super(english);
        this.parameter = parameter;
        this.chinese = chinese;
    }

    public Optional<ReportParameter.Kind> parameter() {
        return Optional.ofNullable(parameter);
    }

    public String chinese() {
        return chinese;
    }

    public String message(boolean inChinese) {
        return inChinese ? chinese : getMessage();
    }
}
