package org.cultivar.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.reports.api.ReportParameter;

/** The Chinese words documents print for registry values, and the one way dates are written. */
final class Labels {

    /** The business time zone (DESIGN.md): instants print as wall-clock time in Shanghai. */
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Labels() {
    }

    /**
     * "广东省广州市天河区（440106）": a region as a printed document names it, from its province down so that a
     * district is never mistaken for a namesake elsewhere, its code kept for the reader who looks it up.
     */
    static String region(RegionCode code) {
        RegionCatalogue catalogue = RegionCatalogue.standard();
        StringBuilder name = new StringBuilder();
        if (!code.isNational() && !code.isProvince()) {
            catalogue.find(RegionCode.of(code.code().substring(0, 2) + "0000")).ifPresent(p -> name.append(p.nameZh()));
        }
        if (!code.isNational() && !code.isProvince() && !code.isCity()) {
            catalogue.find(RegionCode.of(code.code().substring(0, 4) + "00")).ifPresent(c -> name.append(c.nameZh()));
        }
        return name.append(regionName(code)).append("（").append(code).append("）").toString();
    }

    /** "广州市": a region's name alone, where a column is too narrow for the code too. */
    static String regionName(RegionCode code) {
        return RegionCatalogue.standard().name(code, true);
    }

    /**
     * "经办人员、主管官员": the roles an audit entry recorded ("CLERK,OFFICIAL"), as the users page names
     * them; a name that is no longer a role is printed as recorded.
     */
    static String roles(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(recorded.split("[,\\s]+")).filter(role -> !role.isEmpty()).map(role -> switch (role) {
            case "ADMINISTRATOR" -> "系统管理员";
            case "OFFICIAL" -> "主管官员";
            case "CLERK" -> "经办人员";
            case "AUDITOR" -> "审计人员";
            default -> role;
        }).collect(java.util.stream.Collectors.joining("、"));
    }

    /** A report parameter as the Chinese form calls it. */
    static String parameter(ReportParameter.Kind kind) {
        return switch (kind) {
            case REGION -> "地区";
            case SCHEDULE -> "资助项目";
            case FISCAL_YEAR -> "财政年度";
            case DATE_RANGE -> "日期范围";
            case BATCH -> "拨付批次号";
            case ENTERPRISE -> "统一社会信用代码";
            case ENTITY -> "对象";
            case PAYOUT -> "拨付编号";
        };
    }

    static String status(TitleStatus status) {
        return status == null ? null : status.chinese();
    }

    static String level(CertifyingLevel level) {
        return level == null ? null : level.chinese();
    }

    static String flag(RedFlag.Kind kind) {
        return switch (kind) {
            case ABOVE_SME_SIZE -> "超出中小企业规模";
            case GROUP_SUBSIDIARY -> "集团下属企业";
            case WEAK_GROWTH -> "营收增长不足";
            case HIGH_LEVERAGE -> "资产负债率过高";
            case RENEWED_DESPITE_FAILING -> "未达标仍复核通过";
        };
    }

    static String decision(CriteriaException.Decision decision) {
        return switch (decision) {
            case GRANT -> "认定";
            case RENEW -> "复核";
            case PROMOTE -> "晋级";
        };
    }

    static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(BUSINESS_ZONE));
    }
}
