package org.cultivar.audit;

import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;

/** The people of the tests, one per role and scope that the trail treats differently. */
final class Actors {

    static final Actor ADMINISTRATOR = actor("wang.admin", Role.ADMINISTRATOR, "100000");
    static final Actor NATIONAL_AUDITOR = actor("zhao.audit", Role.AUDITOR, "100000");
    static final Actor GUANGDONG_AUDITOR = actor("chen.audit", Role.AUDITOR, "440000");
    static final Actor GUANGZHOU_AUDITOR = actor("lin.audit", Role.AUDITOR, "440100");
    static final Actor TIANHE_AUDITOR = actor("huang.audit", Role.AUDITOR, "440106");
    static final Actor GUANGZHOU_OFFICIAL = actor("liu.official", Role.OFFICIAL, "440100");
    static final Actor GUANGZHOU_CLERK = actor("li.clerk", Role.CLERK, "440100");
    static final Actor NO_ROLE = new Actor("nobody", "Nobody", Set.of(), RegionCode.of("440100"));

    private Actors() {
    }

    private static Actor actor(String id, Role role, String scope) {
        return new Actor(id, id, Set.of(role), RegionCode.of(scope));
    }
}
