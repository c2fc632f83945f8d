package org.cultivar.reports.api;

import java.time.LocalDate;

import org.cultivar.core.api.security.RegionCode;

/**
 * The values a user entered for a report's parameters; {@code null} means "not given".
 * Dates are inclusive, in the business time zone (Asia/Shanghai).
 *
 * @param enterprise a unified social credit code
 */
public record ReportArguments(RegionCode region, String schedule, Integer fiscalYear, LocalDate from, LocalDate to,
                              String batch, String enterprise, String entityType, String entityId) {

    public static final ReportArguments NONE = new ReportArguments(null, null, null, null, null, null, null, null, null);

    public ReportArguments {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidReportArgumentException(ReportParameter.Kind.DATE_RANGE, "开始日期 " + from + " 晚于结束日期 " + to + "。",
                    "Date range: the start " + from + " is after the end " + to);
        }
    }

    public ReportArguments inRegion(RegionCode code) {
        return new ReportArguments(code, schedule, fiscalYear, from, to, batch, enterprise, entityType, entityId);
    }

    public ReportArguments forSchedule(String id) {
        return new ReportArguments(region, id, fiscalYear, from, to, batch, enterprise, entityType, entityId);
    }

    public ReportArguments forFiscalYear(int year) {
        return new ReportArguments(region, schedule, year, from, to, batch, enterprise, entityType, entityId);
    }

    public ReportArguments between(LocalDate start, LocalDate end) {
        return new ReportArguments(region, schedule, fiscalYear, start, end, batch, enterprise, entityType, entityId);
    }

    public ReportArguments forBatch(String id) {
        return new ReportArguments(region, schedule, fiscalYear, from, to, id, enterprise, entityType, entityId);
    }

    public ReportArguments forEnterprise(String creditCode) {
        return new ReportArguments(region, schedule, fiscalYear, from, to, batch, creditCode, entityType, entityId);
    }

    /** A payout by its number: the audited entity of type {@code payout}. */
    public ReportArguments forPayout(String id) {
        return forEntity(ReportParameter.PAYOUT_ENTITY, id);
    }

    public ReportArguments forEntity(String type, String id) {
        return new ReportArguments(region, schedule, fiscalYear, from, to, batch, enterprise, type, id);
    }

    /** Whether a value was given for the parameter. */
    public boolean has(ReportParameter.Kind kind) {
        return switch (kind) {
            case REGION -> region != null;
            case SCHEDULE -> present(schedule);
            case FISCAL_YEAR -> fiscalYear != null;
            case DATE_RANGE -> from != null || to != null;
            case BATCH -> present(batch);
            case ENTERPRISE -> present(enterprise);
            case ENTITY, PAYOUT -> present(entityId);
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
