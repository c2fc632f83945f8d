package org.cultivar.registry;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What schedules ask the registry, on behalf of actions already authorised (so no actor). */
@Component(service = CertificationRegistry.class)
public class CertificationRegistryService implements CertificationRegistry {

    private final Transactions transactions;

    @Activate
    public CertificationRegistryService(@Reference Transactions transactions,
                                        @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.registry)") Schema schema) {
        this(transactions);
    }

    CertificationRegistryService(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Enterprise> enterprise(CreditCode creditCode) {
        return transactions.required(c -> EnterpriseTable.find(c, creditCode).map(EnterpriseTable.Stored::enterprise));
    }

    /**
     * Judged by {@link Title#inForceOn}: a title revoked later still proved its tier before its
     * end, so an application decided as of an earlier day keeps its answer.
     */
    @Override
    public Optional<Title> titleProving(CreditCode creditCode, Tier atLeast, LocalDate day) {
        return titles(creditCode).stream().filter(title -> title.tier().atLeast(atLeast) && title.inForceOn(day))
                .max(Comparator.comparing(Title::tier).thenComparing(Title::grantDate).thenComparing(Title::id));
    }

    @Override
    public List<Title> titles(CreditCode creditCode) {
        return transactions.required(c -> TitleTable.list(c, "WHERE e.credit_code = ? ORDER BY t.grant_date, t.id",
                creditCode.value()).stream().map(TitleTable.Stored::title).toList());
    }

    @Override
    public List<Title> expiringBetween(LocalDate from, LocalDate to) {
        return transactions.required(c -> TitleTable.list(c, "WHERE t.status IN " + TitleTable.IN_FORCE
                + " AND t.valid_until BETWEEN ? AND ? ORDER BY t.valid_until, t.id", Date.valueOf(from), Date.valueOf(to))
                .stream().map(TitleTable.Stored::title).filter(title -> title.endedOn() == null).toList());
    }

    @Override
    public List<Title> grantedBetween(Tier atLeast, LocalDate from, LocalDate to) {
        List<String> tiers = java.util.Arrays.stream(Tier.values()).filter(tier -> tier.atLeast(atLeast)).map(Tier::name).toList();
        String in = String.join(", ", java.util.Collections.nCopies(tiers.size(), "?"));
        List<Object> parameters = new java.util.ArrayList<>(tiers);
        parameters.add(Date.valueOf(from));
        parameters.add(Date.valueOf(to));
        return transactions.required(c -> TitleTable.list(c, "WHERE t.tier IN (" + in + ") AND t.grant_date BETWEEN ? AND ?"
                + " ORDER BY t.grant_date, t.id", parameters.toArray()).stream().map(TitleTable.Stored::title).toList());
    }

    @Override
    public Optional<YearlyFigures> figures(CreditCode creditCode, int fiscalYear) {
        return transactions.required(c -> {
            Optional<EnterpriseTable.Stored> stored = EnterpriseTable.find(c, creditCode);
            return stored.isEmpty() ? Optional.empty() : FiguresTable.latest(c, stored.get().id(), fiscalYear);
        });
    }
}
