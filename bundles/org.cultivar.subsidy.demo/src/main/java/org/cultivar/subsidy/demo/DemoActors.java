package org.cultivar.subsidy.demo;

import java.util.EnumSet;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;

/**
 * Who the demo's payout history is made by. The user ids are the demo users' (the security
 * bundle's DemoUsers), so the worklists, audit trail and "recorded by" columns read as if those
 * people had done the work. Shenzhen has no demo official and only one demo clerk, so its
 * second and third person are national-scope actors named "demo seeding", never a real user.
 */
final class DemoActors {

    static final RegionCode GUANGZHOU = RegionCode.of("440100");
    static final RegionCode SHENZHEN = RegionCode.of("440300");

    static final Actor GZ_OFFICIAL = new Actor("gz.official", "广州市官员 Guangzhou Official", EnumSet.of(Role.OFFICIAL), GUANGZHOU);
    static final Actor GZ_CLERK1 = new Actor("gz.clerk1", "广州市经办一 Guangzhou Clerk 1", EnumSet.of(Role.CLERK), GUANGZHOU);
    static final Actor GZ_CLERK2 = new Actor("gz.clerk2", "广州市经办二 Guangzhou Clerk 2", EnumSet.of(Role.CLERK), GUANGZHOU);
    static final Actor SZ_CLERK = new Actor("sz.clerk", "深圳市经办 Shenzhen Clerk", EnumSet.of(Role.CLERK), SHENZHEN);

    /** Appropriates Shenzhen's budget, approves its demo awards and sets the demo payer accounts. */
    static final Actor SEEDING_OFFICIAL = new Actor("demo.seeding", "演示数据 Demo seeding",
            EnumSet.of(Role.OFFICIAL, Role.ADMINISTRATOR), RegionCode.NATIONAL);
    /** Reviews Shenzhen's demo applications: the one Shenzhen clerk recorded them and may not review them. */
    static final Actor SEEDING_REVIEWER = new Actor("demo.seeding.review", "演示数据复核 Demo seeding review",
            EnumSet.of(Role.CLERK), RegionCode.NATIONAL);

    private DemoActors() {
    }
}
