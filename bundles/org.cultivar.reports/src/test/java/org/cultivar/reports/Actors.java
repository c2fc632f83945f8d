package org.cultivar.reports;

import java.util.EnumSet;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;

/** The users the tests act as. */
final class Actors {

    static final RegionCode GUANGDONG = RegionCode.of("440000");
    static final RegionCode GUANGZHOU = RegionCode.of("440100");
    static final RegionCode TIANHE = RegionCode.of("440106");
    static final RegionCode SHENZHEN = RegionCode.of("440300");

    static final Actor NATIONAL_AUDITOR = actor("auditor", Role.AUDITOR, RegionCode.NATIONAL);
    static final Actor GUANGZHOU_AUDITOR = actor("gz-auditor", Role.AUDITOR, GUANGZHOU);
    static final Actor GUANGZHOU_OFFICIAL = actor("gz-official", Role.OFFICIAL, GUANGZHOU);
    static final Actor GUANGZHOU_CLERK = actor("gz-clerk", Role.CLERK, GUANGZHOU);
    static final Actor ADMINISTRATOR = actor("admin", Role.ADMINISTRATOR, RegionCode.NATIONAL);

    private Actors() {
    }

    static Actor actor(String id, Role role, RegionCode scope) {
        return new Actor(id, id, EnumSet.of(role), scope);
    }
}
