package org.cultivar.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CriteriaException;
import org.cultivar.registry.api.EnterpriseDirectory;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.EnterpriseRow;
import org.cultivar.registry.api.RedFlag;
import org.cultivar.registry.api.RegistryOversight;

/** The registry's reading side, as the reports call it; the registry itself is written elsewhere. */
final class InMemoryRegistry implements EnterpriseDirectory, RegistryOversight {

    private final Map<CreditCode, EnterpriseProfile> profiles = new HashMap<>();
    private final List<CriteriaException> exceptions = new ArrayList<>();
    private final List<Flagged> flagged = new ArrayList<>();

    void add(EnterpriseProfile profile) {
        profiles.put(profile.enterprise().creditCode(), profile);
        exceptions.addAll(profile.exceptions());
        if (!profile.redFlags().isEmpty()) {
            flagged.add(new Flagged(profile.enterprise(), profile.redFlags()));
        }
    }

    @Override
    public EnterpriseProfile profile(Actor actor, CreditCode creditCode) {
        return profiles.get(creditCode);
    }

    @Override
    public List<CriteriaException> exceptions(Actor actor, int offset, int limit) {
        return exceptions.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public List<Flagged> redFlags(Actor actor, RedFlag.Kind kind, int offset, int limit) {
        return flagged.stream()
                .filter(f -> kind == null || f.flags().stream().anyMatch(flag -> flag.kind() == kind))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public List<EnterpriseRow> search(Actor actor, EnterpriseQuery query, int offset, int limit) {
        throw new UnsupportedOperationException("reports do not search the registry");
    }

    @Override
    public long count(Actor actor, EnterpriseQuery query, long exactUpTo) {
        throw new UnsupportedOperationException("reports do not search the registry");
    }
}
