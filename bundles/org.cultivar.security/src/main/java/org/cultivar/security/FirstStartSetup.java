package org.cultivar.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.InvalidAccountInputException;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.store.api.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way in before any administrator exists: at start a one-time setup token goes to the log,
 * whoever can read the server's log proves it on the /setup page and becomes the first
 * administrator. Only the token's digest is stored, so a copy of the database does not open setup.
 */
final class FirstStartSetup {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStartSetup.class);

    static final String ALREADY_COMPLETE = "Setup is complete: an administrator exists. Sign in instead.";
    static final String WRONG_TOKEN = "The setup token is wrong. Use the token from the log of the latest start.";

    /** Why setup is refused, in both wordings (the setup page is the first page anyone sees). */
    private enum Refusal {
        COMPLETE("初始设置已完成：系统管理员已经存在，请直接登录。", ALREADY_COMPLETE),
        WRONG_TOKEN("设置令牌不正确。请使用最近一次启动时日志中的令牌。", FirstStartSetup.WRONG_TOKEN);

        private final String chinese;
        private final String english;

        Refusal(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        AccessDeniedException exception() {
            return new AccessDeniedException(chinese, english);
        }
    }

    private final Transactions transactions;
    private final UserTable users;
    private final SetupTokenTable tokens;
    private final SetupTokens tokenGenerator = new SetupTokens();
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    FirstStartSetup(Transactions transactions, UserTable users, SetupTokenTable tokens, PasswordHasher hasher,
                    AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * At every start: while no active administrator exists, opens setup with a new token (the
     * previous one cannot be shown again, only its digest was kept); otherwise voids any left over.
     *
     * @param givenToken the token of a scripted install, or {@code null} to generate one
     */
    void openIfRequired(String givenToken) {
        String usableGiven = givenToken;
        if (givenToken != null && givenToken.length() < SetupTokens.MINIMUM_GIVEN_LENGTH) {
            LOG.warn("Framework property {} is ignored: a setup token needs at least {} characters. "
                    + "A token is generated instead.", StartOptions.SETUP_TOKEN_PROPERTY, SetupTokens.MINIMUM_GIVEN_LENGTH);
            usableGiven = null;
        }
        String token = usableGiven != null ? usableGiven : tokenGenerator.generate();
        String source = usableGiven != null ? "framework property " + StartOptions.SETUP_TOKEN_PROPERTY : "generated";
        boolean opened = transactions.required(c -> {
            if (users.countActiveAdministrators(c) > 0) {
                tokens.delete(c);
                return false;
            }
            tokens.replace(c, SetupTokens.digest(token), clock.instant());
            audit.record(SecurityAuditEvents.setupTokenIssued(source));
            return true;
        });
        // logged only after the commit: a token in the log must be one the database knows
        if (opened && usableGiven != null) {
            LOG.warn("First start: open the /setup page and use the setup token from framework property {} "
                    + "to create the administrator.", StartOptions.SETUP_TOKEN_PROPERTY);
        } else if (opened) {
            LOG.warn("First start: open the /setup page and use setup token {} to create the administrator.", token);
        }
    }

    boolean required() {
        return transactions.required(c -> users.countActiveAdministrators(c) == 0);
    }

    /** Creates the first administrator, with national scope, and voids the token. */
    Actor complete(String setupToken, String username, String displayName, char[] password) {
        if (!required()) {
            throw Refusal.COMPLETE.exception();
        }
        Username name = Username.parseNew(username);
        DisplayName display = DisplayName.parse(displayName);
        PasswordPolicy.check(name, password);
        // the token before the Argon2 hash: otherwise every anonymous guess would cost the server
        // 19 MiB and a tenth of a second, a cheap way to load it while setup is open
        Refusal early = transactions.required(c -> refusal(c, setupToken, username));
        if (early != null) {
            throw early.exception();
        }
        String hash = hasher.hash(password);
        // a refusal is returned, not thrown, so that its audit entry is committed; checked again
        // under the lock, for a setup that completed meanwhile
        Outcome outcome = transactions.required(c -> {
            Refusal refusal = refusal(c, setupToken, username);
            if (refusal != null) {
                return Outcome.refused(refusal);
            }
            if (users.exists(c, name)) {
                throw new InvalidAccountInputException("用户名“" + name + "”已被占用。", "User name '" + name + "' is already taken.");
            }
            Instant now = clock.instant();
            StoredUser admin = new StoredUser(name, display.value(), hash, Set.of(Role.ADMINISTRATOR),
                    RegionCode.NATIONAL, true, 0, null, null);
            users.insert(c, admin, now);
            tokens.delete(c);
            Actor actor = admin.toActor();
            audit.record(SecurityAuditEvents.created(actor, admin.toAccount(now)));
            audit.record(SecurityAuditEvents.setupCompleted(actor));
            return new Outcome(actor, null);
        });
        if (outcome.refusal() != null) {
            throw outcome.refusal().exception();
        }
        return outcome.administrator();
    }

    /** Locks the token row; a wrong token is audited. Returns the refusal, or {@code null} to go on. */
    private Refusal refusal(Connection c, String setupToken, String attemptedName) throws SQLException {
        String digest = tokens.digestForUpdate(c).orElse(null);
        if (users.countActiveAdministrators(c) > 0) {
            return Refusal.COMPLETE;
        }
        if (digest == null || !SetupTokens.matches(setupToken, digest)) {
            audit.record(SecurityAuditEvents.setupRefused(attemptedName));
            return Refusal.WRONG_TOKEN;
        }
        return null;
    }

    private record Outcome(Actor administrator, Refusal refusal) {
        static Outcome refused(Refusal refusal) {
            return new Outcome(null, refusal);
        }
    }
}
