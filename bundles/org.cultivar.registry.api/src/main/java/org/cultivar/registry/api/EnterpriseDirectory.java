package org.cultivar.registry.api;

import java.util.List;

import org.cultivar.core.api.security.Actor;

/** The registry as users browse it: every signed-in role may read the shared registry. */
public interface EnterpriseDirectory {

    /**
     * A page of matches ordered by name, for a lazy grid; with a text looked for in names, the
     * names beginning with it come first (each part ordered by name).
     */
    List<EnterpriseRow> search(Actor actor, EnterpriseQuery query, int offset, int limit);

    /**
     * How many enterprises match: exact up to {@code exactUpTo}, an estimate beyond (a grid at
     * 1,000,000 rows needs a size, not an exact count on every keystroke).
     */
    long count(Actor actor, EnterpriseQuery query, long exactUpTo);

    EnterpriseProfile profile(Actor actor, CreditCode creditCode);
}
