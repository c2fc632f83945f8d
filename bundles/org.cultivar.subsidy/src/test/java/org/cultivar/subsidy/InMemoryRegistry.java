package org.cultivar.subsidy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.registry.api.YearlyFigures;

/**
 * The registry's reads over enterprises and titles held in memory, safe for racing threads. A
 * hook run on every title lookup lets a test stop a schedule in the middle of an assessment.
 */
final class InMemoryRegistry implements CertificationRegistry {

    private final Map<CreditCode, Enterprise> enterprises = new ConcurrentHashMap<>();
    // by enterprise, so a lookup stays quick with the 10,000 firms of the crash test
    private final Map<CreditCode, List<Title>> titles = new ConcurrentHashMap<>();
    private volatile Runnable onTitleLookup = () -> { };

    void enterprise(Enterprise enterprise) {
        enterprises.put(enterprise.creditCode(), enterprise);
    }

    Title grant(long id, CreditCode enterprise, Tier tier, LocalDate grantDate) {
        Title title = new Title(id, enterprise, tier, tier.defaultLevel(), "广东省工业和信息化厅", "2025 batch", grantDate,
                grantDate.plusYears(3).minusDays(1), TitleStatus.ACTIVE, null, null);
        titlesOf(enterprise).add(title);
        return title;
    }

    /** A promotion: the earlier title ends on the day and a new one of the higher tier succeeds it. */
    Title promote(long id, Title from, Tier tier, LocalDate day) {
        revoke(from, day);
        Title title = new Title(id, from.enterprise(), tier, tier.defaultLevel(), "工业和信息化部", "2026 batch", day,
                day.plusYears(3).minusDays(1), TitleStatus.ACTIVE, null, from.id());
        titlesOf(from.enterprise()).add(title);
        return title;
    }

    void revoke(Title title, LocalDate endedOn) {
        List<Title> held = titlesOf(title.enterprise());
        held.remove(title);
        held.add(new Title(title.id(), title.enterprise(), title.tier(), title.level(), title.authority(), title.batch(),
                title.grantDate(), title.validUntil(), TitleStatus.REVOKED, endedOn, title.predecessorId()));
    }

    private List<Title> titlesOf(CreditCode enterprise) {
        return titles.computeIfAbsent(enterprise, code -> new CopyOnWriteArrayList<>());
    }

    void onTitleLookup(Runnable hook) {
        this.onTitleLookup = hook;
    }

    @Override
    public Optional<Enterprise> enterprise(CreditCode creditCode) {
        return Optional.ofNullable(enterprises.get(creditCode));
    }

    @Override
    public Optional<Title> titleProving(CreditCode creditCode, Tier atLeast, LocalDate day) {
        onTitleLookup.run();
        return titles(creditCode).stream()
                .filter(title -> title.tier().atLeast(atLeast) && title.inForceOn(day))
                .max(Comparator.comparing(Title::tier).thenComparing(Title::grantDate));
    }

    @Override
    public List<Title> titles(CreditCode creditCode) {
        return List.copyOf(titles.getOrDefault(creditCode, List.of()));
    }

    @Override
    public List<Title> expiringBetween(LocalDate from, LocalDate to) {
        return titles.values().stream().flatMap(List::stream).filter(title -> !title.validUntil().isBefore(from) && !title.validUntil().isAfter(to)).toList();
    }

    @Override
    public List<Title> grantedBetween(Tier atLeast, LocalDate from, LocalDate to) {
        return titles.values().stream().flatMap(List::stream).filter(title -> title.tier().atLeast(atLeast)
                && !title.grantDate().isBefore(from) && !title.grantDate().isAfter(to))
                .sorted(java.util.Comparator.comparing(Title::grantDate).thenComparing(Title::id)).toList();
    }

    @Override
    public Optional<YearlyFigures> figures(CreditCode creditCode, int fiscalYear) {
        return Optional.empty();
    }
}
