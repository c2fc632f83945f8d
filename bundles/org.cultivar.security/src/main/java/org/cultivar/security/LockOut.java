package org.cultivar.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.cultivar.core.api.audit.AuditTrail;

/**
 * Counts consecutive failed password checks and locks the account for 15 minutes after 5:
 * slow enough to stop online guessing, short enough that a forgetful clerk is not stuck for long.
 */
final class LockOut {

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** Lock times are shown in the business time zone (DESIGN.md, "Dates"). */
    private static final DateTimeFormatter SHANGHAI_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final UserTable users;
    private final AuditTrail audit;

    LockOut(UserTable users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    /**
     * Counts a failure against a user whose row the caller holds locked; returns when the account
     * is now locked until, or {@code null} while failures remain.
     */
    Instant recordFailure(Connection c, StoredUser user, Instant now) throws SQLException {
        int failures = users.recordFailure(c, user.username());
        if (failures < FAILURES_BEFORE_LOCK) {
            return null;
        }
        Instant until = now.plus(LOCK_DURATION);
        users.lock(c, user.username(), until);
        audit.record(SecurityAuditEvents.locked(user, until, failures));
        return until;
    }

    static String lockedMessage(Instant until) {
        return "This account is locked after " + FAILURES_BEFORE_LOCK + " failed sign-ins until "
                + SHANGHAI_TIME.format(until) + " (Asia/Shanghai time). Try again then, or ask an administrator to unlock it.";
    }
}
