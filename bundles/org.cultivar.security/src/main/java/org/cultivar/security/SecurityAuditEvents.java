package org.cultivar.security;

import java.time.Instant;
import java.util.Set;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.UserAccount;

/**
 * The audit events of this bundle, one factory per action, so that action names and the state
 * they carry stay the same wherever the action happens. Each is recorded in the transaction of
 * the change it describes.
 */
final class SecurityAuditEvents {

    static final String USER = "user";
    static final String SETUP = "setup";

    /** Who acts before anyone has proved who they are: failed sign-ins, setup attempts. */
    static final Actor ANONYMOUS = new Actor("anonymous", "Not signed in", Set.of(), RegionCode.NATIONAL);

    private SecurityAuditEvents() {
    }

    static AuditEvent signInSucceeded(Actor actor, String remoteAddress) {
        return AuditEvent.of(actor, "signin.succeeded", USER, actor.userId())
                .withRegion(actor.scope().code())
                .withChange(null, AuditJson.object("remoteAddress", remoteAddress));
    }

    /**
     * @param reason {@code unknown-user}, {@code wrong-password}, {@code locked} or {@code inactive}
     */
    static AuditEvent signInFailed(String attemptedName, StoredUser user, String reason, String remoteAddress) {
        String entityId = user == null ? "unknown" : user.username().value();
        return AuditEvent.of(ANONYMOUS, "signin.failed", USER, entityId)
                .withRegion(user == null ? null : user.scope().code())
                .withChange(null, AuditJson.object("attempted", attemptedName, "reason", reason,
                        "remoteAddress", remoteAddress));
    }

    static AuditEvent locked(StoredUser user, Instant until, int failures) {
        return AuditEvent.of(Actor.SYSTEM, "user.locked", USER, user.username().value())
                .withRegion(user.scope().code())
                .withChange(null, AuditJson.object("lockedUntil", until.toString(), "failedAttempts", failures));
    }

    static AuditEvent passwordChanged(Actor actor) {
        return AuditEvent.of(actor, "user.password-changed", USER, actor.userId()).withRegion(actor.scope().code());
    }

    static AuditEvent passwordChangeRefused(Actor actor) {
        return AuditEvent.of(actor, "user.password-change-refused", USER, actor.userId())
                .withRegion(actor.scope().code())
                .withChange(null, AuditJson.object("reason", "wrong-current-password"));
    }

    static AuditEvent created(Actor actor, UserAccount account) {
        return AuditEvent.of(actor, "user.created", USER, account.username())
                .withRegion(account.scope().code())
                .withChange(null, state(account));
    }

    static AuditEvent updated(Actor actor, UserAccount before, UserAccount after) {
        return AuditEvent.of(actor, "user.updated", USER, after.username())
                .withRegion(after.scope().code())
                .withChange(state(before), state(after));
    }

    static AuditEvent passwordReset(Actor actor, StoredUser user) {
        return AuditEvent.of(actor, "user.password-reset", USER, user.username().value())
                .withRegion(user.scope().code());
    }

    static AuditEvent unlocked(Actor actor, StoredUser user) {
        String lockedUntil = user.lockedUntil() == null ? null : user.lockedUntil().toString();
        return AuditEvent.of(actor, "user.unlocked", USER, user.username().value())
                .withRegion(user.scope().code())
                .withChange(AuditJson.object("lockedUntil", lockedUntil, "failedAttempts", user.failedAttempts()),
                        AuditJson.object("lockedUntil", null, "failedAttempts", 0));
    }

    /** Never carries the token itself, only where it came from. */
    static AuditEvent setupTokenIssued(String source) {
        return AuditEvent.of(Actor.SYSTEM, "setup.token-issued", SETUP, "administrator")
                .withChange(null, AuditJson.object("source", source));
    }

    static AuditEvent setupRefused(String attemptedName) {
        return AuditEvent.of(ANONYMOUS, "setup.refused", SETUP, "administrator")
                .withChange(null, AuditJson.object("attempted", attemptedName, "reason", "wrong-setup-token"));
    }

    static AuditEvent setupCompleted(Actor administrator) {
        return AuditEvent.of(administrator, "setup.completed", SETUP, "administrator")
                .withChange(null, AuditJson.object("administrator", administrator.userId()));
    }

    private static String state(UserAccount account) {
        return AuditJson.object("username", account.username(), "displayName", account.displayName(),
                "roles", account.roles(), "scope", account.scope().code(), "active", account.active());
    }
}
