package org.cultivar.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.store.api.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's users, one or more for every role, created only when the framework property
 * {@value StartOptions#DEMO_PROPERTY} is {@code true}. Creating them again changes nothing: a
 * demo user that exists is left as it is, password included.
 */
final class DemoUsers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    /** Printed in the README; every demo user has it. */
    static final String PASSWORD = "cultivar-demo-2026";

    record DemoUser(String username, String displayName, Role role, String scope) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "演示管理员 Demo Administrator", Role.ADMINISTRATOR, "100000"),
            new DemoUser("gz.official", "广州市官员 Guangzhou Official", Role.OFFICIAL, "440100"),
            new DemoUser("gz.clerk1", "广州市经办一 Guangzhou Clerk 1", Role.CLERK, "440100"),
            new DemoUser("gz.clerk2", "广州市经办二 Guangzhou Clerk 2", Role.CLERK, "440100"),
            new DemoUser("auditor", "广东省审计 Guangdong Auditor", Role.AUDITOR, "440000"),
            new DemoUser("sz.clerk", "深圳市经办 Shenzhen Clerk", Role.CLERK, "440300"));

    private final Transactions transactions;
    private final UserTable users;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    DemoUsers(Transactions transactions, UserTable users, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    void createMissing() {
        List<DemoUser> missing = transactions.required(c -> {
            List<DemoUser> absent = new ArrayList<>();
            for (DemoUser user : USERS) {
                if (!users.exists(c, new Username(user.username()))) {
                    absent.add(user);
                }
            }
            return absent;
        });
        if (missing.isEmpty()) {
            return;
        }
        // hashed before the transaction: each hash takes a while and needs no connection
        Map<DemoUser, String> hashes = new LinkedHashMap<>();
        for (DemoUser user : missing) {
            hashes.put(user, hasher.hash(PASSWORD.toCharArray()));
        }
        List<String> created = transactions.required(c -> {
            List<String> names = new ArrayList<>();
            Instant now = clock.instant();
            for (Map.Entry<DemoUser, String> entry : hashes.entrySet()) {
                DemoUser demo = entry.getKey();
                Username name = new Username(demo.username());
                if (users.exists(c, name)) {
                    continue;
                }
                String displayName = DisplayName.parse(demo.displayName()).value();
                StoredUser user = new StoredUser(name, displayName, entry.getValue(), Set.of(demo.role()),
                        RegionCode.of(demo.scope()), true, 0, null, null);
                users.insert(c, user, now);
                audit.record(SecurityAuditEvents.created(Actor.SYSTEM, user.toAccount(now)));
                names.add(demo.username());
            }
            return names;
        });
        LOG.info("Demo mode ({}=true): created the demo users {} with the demo password from the README.",
                StartOptions.DEMO_PROPERTY, created);
    }
}
