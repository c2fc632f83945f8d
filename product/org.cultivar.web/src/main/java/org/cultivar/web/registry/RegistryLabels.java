package org.cultivar.web.registry;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CertifyingLevel;
import org.cultivar.registry.api.CriterionResult;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.web.shell.UiLanguage;

/**
 * How registry values read in the UI's language: tiers, sectors and regions carry their own
 * Chinese and English names; statuses and kinds go through the translation files.
 */
final class RegistryLabels {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BUSINESS_ZONE);

    private RegistryLabels() {
    }

    static boolean chinese() {
        return UiLanguage.chinese();
    }

    static String text(String key, Object... parameters) {
        return I18NProvider.translate(key, parameters);
    }

    static String tier(Tier tier) {
        return tier == null ? "" : chinese() ? tier.chinese() : tier.english();
    }

    static String sector(Sector sector) {
        return sector == null ? "" : chinese() ? sector.chinese() : sector.english();
    }

    static String region(RegionCode region) {
        return region == null ? "" : RegionCatalogue.standard().name(region, chinese());
    }

    static String region(RegionCatalogue.Region region) {
        return (chinese() ? region.nameZh() : region.nameEn()) + " (" + region.code().code() + ")";
    }

    static String status(TitleStatus status) {
        return status == null ? "" : text("registry.status." + status.name());
    }

    static String redFlag(RedFlag.Kind kind) {
        return text("registry.redFlag." + kind.name());
    }

    static String level(CertifyingLevel level) {
        return level == null ? "" : text("registry.level." + level.name());
    }

    static String outcome(CriterionResult.Outcome outcome) {
        return text("registry.outcome." + outcome.name());
    }

    static String criterion(CriterionResult result) {
        return chinese() || result.labelEn() == null ? result.labelZh() : result.labelEn();
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Yuan with grouping and two decimals, formatted from the exact amount; "—" when not reported. */
    static String money(Money money) {
        return money == null ? "—" : String.format(Locale.ROOT, "%,.2f", money.yuan());
    }

    static String number(Number number) {
        return number == null ? "—" : number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
    }

    /** Today in the business time zone, whatever the server's zone. */
    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }
}
