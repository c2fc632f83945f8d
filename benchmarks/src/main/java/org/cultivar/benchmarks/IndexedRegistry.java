package org.cultivar.benchmarks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.YearlyFigures;

/**
 * The registry's read API over enterprises and titles held in maps keyed by credit code. The
 * engine sees the registry only through {@link CertificationRegistry}, so the payouts benchmark
 * measures the engine and its database, not the registry bundle (measured by the registry benchmark).
 */
final class IndexedRegistry implements CertificationRegistry {

    private final Map<CreditCode, Enterprise> enterprises = new ConcurrentHashMap<>();
    private final Map<CreditCode, List<Title>> titles = new ConcurrentHashMap<>();

    void add(Enterprise enterprise, Title title) {
        enterprises.put(enterprise.creditCode(), enterprise);
        titles.put(enterprise.creditCode(), List.of(title));
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
        return titles.getOrDefault(creditCode, List.of());
    }

    @Override
    public List<Title> expiringBetween(LocalDate from, LocalDate to) {
        return titles.values().stream().flatMap(List::stream)
                .filter(title -> !title.validUntil().isBefore(from) && !title.validUntil().isAfter(to)).toList();
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
