package org.cultivar.web.subsidy;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.web.shell.UiLanguage;

/**
 * How payout values read in the UI's language: schedules and explanations carry their own
 * Chinese and English text; statuses go through the translation files.
 */
final class SubsidyLabels {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BUSINESS_ZONE);

    private SubsidyLabels() {
    }

    static boolean chinese() {
        return UiLanguage.chinese();
    }

    static String text(String key, Object... parameters) {
        return I18NProvider.translate(key, parameters);
    }

    static String of(BilingualText text) {
        return text == null ? "" : chinese() ? text.zh() : text.en();
    }

    static String schedule(ScheduleDefinition schedule) {
        return of(schedule.name()) + " (" + schedule.id() + ")";
    }

    /** The status of any of the engine's records, e.g. {@code subsidy.status.Payout.PAID}. */
    static String status(Enum<?> status) {
        if (status == null) {
            return "";
        }
        // statuses are nested enums (Application.Status, Payout.Status …): the keys name the record
        Class<?> type = status.getDeclaringClass();
        Class<?> record = type.getEnclosingClass() != null ? type.getEnclosingClass() : type;
        return text("subsidy.status." + record.getSimpleName() + "." + status.name());
    }

    /** Yuan with grouping and the fen, formatted from the exact amount. */
    static String money(Money money) {
        return money == null ? "—" : String.format(Locale.ROOT, "%,.2f", money.yuan());
    }

    /** Yuan and 万元 side by side, the way policy documents state amounts: "1,500,000.00 (150 万元)". */
    static String moneyWithWan(Money money) {
        return text("subsidy.money.withWan", money(money), wan(money.yuan()));
    }

    static String wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).stripTrailingZeros().toPlainString();
    }

    static String figure(BigDecimal figure) {
        return figure.stripTrailingZeros().toPlainString();
    }

    /** Between a label and its value: the full-width colon in Chinese, ": " in English. */
    static String colon() {
        return chinese() ? "：" : ": ";
    }

    /** Between items of an enumeration in running text: 、 in Chinese, ", " in English. */
    static String enumeration() {
        return chinese() ? "、" : ", ";
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Today in the business time zone, whatever the server's zone. */
    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }
}
