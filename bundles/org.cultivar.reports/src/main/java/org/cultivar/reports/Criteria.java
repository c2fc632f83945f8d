package org.cultivar.reports;

import java.util.ArrayList;
import java.util.List;

import org.cultivar.reports.api.ReportArguments;

/** The line under a report's title that says what it was run for, e.g. "日期：2026-01-01 至 2026-03-31". */
final class Criteria {

    private Criteria() {
    }

    static String describe(ReportArguments arguments) {
        List<String> parts = new ArrayList<>();
        if (arguments.from() != null || arguments.to() != null) {
            parts.add("日期：" + orOpen(arguments.from()) + " 至 " + orOpen(arguments.to()));
        }
        if (arguments.region() != null) {
            parts.add("地区：" + arguments.region());
        }
        if (arguments.fiscalYear() != null) {
            parts.add("年度：" + arguments.fiscalYear());
        }
        if (present(arguments.schedule())) {
            parts.add("项目：" + arguments.schedule());
        }
        if (present(arguments.batch())) {
            parts.add("批次：" + arguments.batch());
        }
        if (present(arguments.enterprise())) {
            parts.add("企业：" + arguments.enterprise());
        }
        if (present(arguments.entityId())) {
            parts.add("对象：" + (present(arguments.entityType()) ? arguments.entityType() + " " : "") + arguments.entityId());
        }
        return parts.isEmpty() ? "全部" : String.join("；", parts);
    }

    private static String orOpen(Object day) {
        return day == null ? "不限" : day.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
