package org.cultivar.security;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.SignInFailedException;
import org.cultivar.store.api.Transactions;

/**
 * Checks a user name and password. Refusals say the same for an unknown user and a wrong
 * password, and take about as long; only a locked or deactivated account is named as such.
 * The password is checked outside any transaction (it takes a while); the outcome is then
 * recorded and audited in one transaction on the freshly locked row, and only after that commit
 * is a refusal thrown, so failures are counted even though the caller gets an exception.
 */
final class SignIn {

    static final String WRONG_CREDENTIALS = "User name or password is wrong.";
    static final String DEACTIVATED = "This account is deactivated. Ask an administrator to reactivate it.";

    private final Transactions transactions;
    private final UserTable users;
    private final PasswordHasher hasher;
    private final LockOut lockOut;
    private final AuditTrail audit;
    private final Clock clock;
    /** Checked against for unknown users, so that they take as long as real ones. */
    private final String dummyHash;

    SignIn(Transactions transactions, UserTable users, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.hasher = hasher;
        this.lockOut = new LockOut(users, audit);
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = hasher.hash(randomPassword());
    }

    Actor signIn(String attemptedName, char[] password, String remoteAddress) {
        Username name = Username.parseOrNull(attemptedName);
        StoredUser user = name == null ? null : transactions.required(c -> users.find(c, name).orElse(null));
        // no password can be longer than the policy allows: megabytes posted to the form are not hashed
        boolean plausible = password != null && password.length <= 2 * PasswordPolicy.MAXIMUM_LENGTH;
        Outcome outcome;
        if (user == null) {
            if (plausible) {
                hasher.matches(password, dummyHash);
            }
            outcome = transactions.required(c -> refuseUnknown(attemptedName, remoteAddress));
        } else if (user.lockedAt(clock.instant())) {
            // no password check while locked: guesses made now must not tell anything either
            outcome = transactions.required(c -> refuseLocked(attemptedName, user, remoteAddress));
        } else {
            boolean matches = plausible && hasher.matches(password, user.passwordHash());
            outcome = transactions.required(c -> settle(c, attemptedName, user, matches, remoteAddress));
        }
        if (outcome.refusal() != null) {
            throw new SignInFailedException(outcome.refusal());
        }
        return outcome.actor();
    }

    private Outcome refuseUnknown(String attemptedName, String remoteAddress) {
        audit.record(SecurityAuditEvents.signInFailed(attemptedName, null, "unknown-user", remoteAddress));
        return Outcome.refused(WRONG_CREDENTIALS);
    }

    private Outcome refuseLocked(String attemptedName, StoredUser user, String remoteAddress) {
        audit.record(SecurityAuditEvents.signInFailed(attemptedName, user, "locked", remoteAddress));
        return Outcome.refused(LockOut.lockedMessage(user.lockedUntil()));
    }

    private Outcome settle(Connection c, String attemptedName, StoredUser checked, boolean passwordMatches,
                           String remoteAddress) throws SQLException {
        Instant now = clock.instant();
        StoredUser user = users.findForUpdate(c, checked.username()).orElse(null);
        if (user == null) {
            return refuseUnknown(attemptedName, remoteAddress);
        }
        if (user.lockedAt(now)) {
            return refuseLocked(attemptedName, user, remoteAddress);
        }
        // a password changed since the check was made against the old hash: refuse, the caller retries
        boolean matchesCurrent = passwordMatches && user.passwordHash().equals(checked.passwordHash());
        if (!matchesCurrent) {
            audit.record(SecurityAuditEvents.signInFailed(attemptedName, user, "wrong-password", remoteAddress));
            Instant lockedUntil = passwordMatches ? null : lockOut.recordFailure(c, user, now);
            return Outcome.refused(lockedUntil == null ? WRONG_CREDENTIALS : LockOut.lockedMessage(lockedUntil));
        }
        if (!user.active()) {
            audit.record(SecurityAuditEvents.signInFailed(attemptedName, user, "inactive", remoteAddress));
            return Outcome.refused(DEACTIVATED);
        }
        users.recordSuccess(c, user.username(), now);
        Actor actor = user.toActor();
        audit.record(SecurityAuditEvents.signInSucceeded(actor, remoteAddress));
        return new Outcome(actor, null);
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        return password;
    }

    /** Either the signed-in actor or the message of the refusal. */
    private record Outcome(Actor actor, String refusal) {
        static Outcome refused(String message) {
            return new Outcome(null, message);
        }
    }
}
