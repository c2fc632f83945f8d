package org.cultivar.subsidy.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.YearlyFigures;

/** The registry's reads over a few enterprises and titles held in memory, with titleProving's documented choice. */
public final class FakeRegistry implements CertificationRegistry {

    private final Map<CreditCode, Enterprise> enterprises = new HashMap<>();
    private final List<Title> titles = new ArrayList<>();
    private final Map<String, YearlyFigures> figures = new HashMap<>();

    public FakeRegistry enterprise(Enterprise enterprise) {
        enterprises.put(enterprise.creditCode(), enterprise);
        return this;
    }

    /** A title of three years' validity (validUntil inclusive), in force unless {@code endedOn} is set. */
    public Title grant(long id, CreditCode enterprise, Tier tier, LocalDate grantDate) {
        Title title = new Title(id, enterprise, tier, tier.defaultLevel(), "authority", "batch", grantDate,
                grantDate.plusYears(3).minusDays(1), TitleStatus.ACTIVE, null, null);
        titles.add(title);
        return title;
    }

    /** Ends a title on the day, as a revocation or promotion does. */
    public void end(Title title, TitleStatus status, LocalDate endedOn) {
        titles.remove(title);
        titles.add(new Title(title.id(), title.enterprise(), title.tier(), title.level(), title.authority(), title.batch(),
                title.grantDate(), title.validUntil(), status, endedOn, title.predecessorId()));
    }

    public void figures(CreditCode enterprise, YearlyFigures yearly) {
        figures.put(enterprise.value() + "/" + yearly.fiscalYear(), yearly);
    }

    @Override
    public Optional<Enterprise> enterprise(CreditCode creditCode) {
        return Optional.ofNullable(enterprises.get(creditCode));
    }

    @Override
    public Optional<Title> titleProving(CreditCode creditCode, Tier atLeast, LocalDate day) {
        return titles.stream()
                .filter(title -> title.enterprise().equals(creditCode) && title.tier().atLeast(atLeast) && title.inForceOn(day))
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
        return Optional.ofNullable(figures.get(creditCode.value() + "/" + fiscalYear));
    }
}
