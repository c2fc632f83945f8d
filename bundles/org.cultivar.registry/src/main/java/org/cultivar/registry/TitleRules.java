package org.cultivar.registry;

import java.time.LocalDate;
import java.util.List;

import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;

/** Checks shared by granting by hand, deciding and importing titles. */
final class TitleRules {

    static final int AUTHORITY_LENGTH = 200;
    static final int BATCH_LENGTH = 100;
    /** The one national certifier of Specialized "Little Giants" and Manufacturing Champions. */
    static final String NATIONAL_AUTHORITY = "工业和信息化部";
    static final int REASON_LENGTH = 1000;
    static final int JUSTIFICATION_LENGTH = 2000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private TitleRules() {
    }

    /** Three years from 2025-11-08 end on 2028-11-07: {@code validUntil} is inclusive. */
    static LocalDate defaultValidUntil(LocalDate grantDate, int years) {
        return grantDate.plusYears(years).minusDays(1);
    }

    /** A title of the same tier in force whose period overlaps the new one, or {@code null}. */
    static Title overlapping(List<Title> existing, Tier tier, LocalDate from, LocalDate until) {
        return existing.stream().filter(title -> title.tier() == tier && title.status().inForce())
                .filter(title -> !title.grantDate().isAfter(until) && !lastDay(title).isBefore(from))
                .findFirst().orElse(null);
    }

    static void refuseOverlap(List<Title> existing, Tier tier, LocalDate from, LocalDate until) {
        Title clash = overlapping(existing, tier, from, until);
        if (clash != null) {
            throw new InvalidInputException("tier", "该企业已持有有效的" + tier.chinese() + "称号（编号 " + clash.id()
                    + "），有效期自 " + clash.grantDate() + " 至 " + clash.validUntil() + "。",
                    "The enterprise already holds a " + tier + " title (no. " + clash.id() + ") in force from "
                            + clash.grantDate() + " to " + clash.validUntil() + ".");
        }
    }

    private static LocalDate lastDay(Title title) {
        return title.endedOn() == null ? title.validUntil() : title.endedOn().minusDays(1);
    }

    static void checkDates(LocalDate grantDate, LocalDate validUntil, LocalDate today, Problems problems) {
        if (grantDate == null) {
            problems.add("grantDate", "认定日期为必填项。", "Grant date is required.");
            return;
        }
        if (grantDate.isAfter(today)) {
            problems.add("grantDate", "认定日期 " + grantDate + " 不能晚于今天。", "Grant date " + grantDate + " is in the future.");
        } else if (grantDate.isBefore(EARLIEST)) {
            problems.add("grantDate", "认定日期 " + grantDate + " 不能早于 " + EARLIEST + "。",
                    "Grant date " + grantDate + " is before " + EARLIEST + ".");
        }
        if (validUntil != null && !validUntil.isAfter(grantDate)) {
            problems.add("validUntil", "有效期至（" + validUntil + "）应晚于认定日期（" + grantDate + "）。",
                    "Valid until (" + validUntil + ") must be after the grant date (" + grantDate + ").");
        } else if (validUntil != null && validUntil.isAfter(grantDate.plusYears(10))) {
            problems.add("validUntil", "有效期至（" + validUntil + "）距认定日期不能超过十年。",
                    "Valid until (" + validUntil + ") is more than ten years after the grant date.");
        }
    }

    /**
     * Who certifies a promoted or demoted title when the decision names nobody: the ministry
     * for a national title, the ended title's authority at the same level; {@code null} when a
     * provincial authority would have to be guessed.
     */
    static String defaultSuccessorAuthority(Title ended, CertifyingLevel level) {
        if (level == CertifyingLevel.NATIONAL) {
            return NATIONAL_AUTHORITY;
        }
        return level == ended.level() ? ended.authority() : null;
    }
}
