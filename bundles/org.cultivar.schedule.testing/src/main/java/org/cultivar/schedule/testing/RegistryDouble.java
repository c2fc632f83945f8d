package org.cultivar.schedule.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.YearlyFigures;

/** The registry's reads over two enterprises, one in Guangzhou (Huangpu) and one in Shenzhen, with titles granted by the test. */
public final class RegistryDouble implements CertificationRegistry {

    /** A firm registered in Huangpu district, Guangzhou (440112). */
    public static final CreditCode GUANGZHOU_FIRM = CreditCode.parse("91440112MA5C1234XN");
    /** A firm registered in Shenzhen (440300). */
    public static final CreditCode SHENZHEN_FIRM = CreditCode.parse("914403001922038216");

    private final Map<CreditCode, Enterprise> enterprises = Map.of(
            GUANGZHOU_FIRM, enterprise(GUANGZHOU_FIRM, "440112"),
            SHENZHEN_FIRM, enterprise(SHENZHEN_FIRM, "440300"));
    private final List<Title> titles = new ArrayList<>();
    private final List<YearlyFigures> figures = new ArrayList<>();
    private final AtomicLong titleIds = new AtomicLong();

    private static Enterprise enterprise(CreditCode code, String region) {
        return new Enterprise(code, "测试企业", "Test Co.", RegionCode.of(region), Sector.ROBOTICS_AND_CNC, null, false);
    }

    /** A title in force for three years from the grant (validUntil inclusive). */
    public Title grant(CreditCode enterprise, Tier tier, LocalDate grantDate) {
        Title title = new Title(titleIds.incrementAndGet(), enterprise, tier, tier.defaultLevel(), "authority", "batch",
                grantDate, grantDate.plusYears(3).minusDays(1), TitleStatus.ACTIVE, null, null);
        titles.add(title);
        return title;
    }

    /** Records the enterprise's revenue for the year; this double keeps figures of the Guangzhou firm only. */
    public void revenue(int fiscalYear, Money revenue) {
        figures.add(new YearlyFigures(fiscalYear, 300, 40, revenue, null, null, null, null, null, null, null, null, null, null,
                ScienceAward.NONE));
    }

    @Override
    public Optional<Enterprise> enterprise(CreditCode creditCode) {
        return Optional.ofNullable(enterprises.get(creditCode));
    }

    @Override
    public Optional<Title> titleProving(CreditCode creditCode, Tier atLeast, LocalDate day) {
        return titles(creditCode).stream().filter(title -> title.tier().atLeast(atLeast) && title.inForceOn(day))
                .max(Comparator.comparing(Title::tier).thenComparing(Title::grantDate));
    }

    @Override
    public List<Title> titles(CreditCode creditCode) {
        return titles.stream().filter(title -> title.enterprise().equals(creditCode)).toList();
    }

    @Override
    public List<Title> expiringBetween(LocalDate from, LocalDate to) {
        return titles.stream().filter(title -> !title.validUntil().isBefore(from) && !title.validUntil().isAfter(to)).toList();
    }

    @Override
    public List<Title> grantedBetween(Tier atLeast, LocalDate from, LocalDate to) {
        return titles.stream().filter(title -> title.tier().atLeast(atLeast)
                && !title.grantDate().isBefore(from) && !title.grantDate().isAfter(to))
                .sorted(java.util.Comparator.comparing(Title::grantDate).thenComparing(Title::id)).toList();
    }

    @Override
    public Optional<YearlyFigures> figures(CreditCode creditCode, int fiscalYear) {
        return creditCode.equals(GUANGZHOU_FIRM)
                ? figures.stream().filter(yearly -> yearly.fiscalYear() == fiscalYear).findFirst()
                : Optional.empty();
    }
}
