package org.cultivar.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.InvalidAccountInputException;
import org.cultivar.store.api.Transactions;

/**
 * A signed-in user changes their own password, proving it with the current one. A wrong current
 * password counts towards the lock-out like a failed sign-in: an unattended session must not
 * become a way to guess passwords without limit.
 */
final class PasswordChange {

    static final String WRONG_CURRENT_PASSWORD = "The current password is wrong.";

    private final Transactions transactions;
    private final UserTable users;
    private final PasswordHasher hasher;
    private final LockOut lockOut;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordChange(Transactions transactions, UserTable users, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.users = users;
        this.hasher = hasher;
        this.lockOut = new LockOut(users, audit);
        this.audit = audit;
        this.clock = clock;
    }

    void change(Actor actor, char[] currentPassword, char[] newPassword) {
        StoredUser user = ownAccount(actor);
        PasswordPolicy.check(user.username(), newPassword);
        if (!hasher.matches(currentPassword, user.passwordHash())) {
            String refusal = transactions.required(c -> refuseWrongCurrent(c, actor, user));
            throw new AccessDeniedException(refusal);
        }
        if (hasher.matches(newPassword, user.passwordHash())) {
            throw new InvalidAccountInputException("新密码不能与当前密码相同。", "The new password must differ from the current one.");
        }
        String newHash = hasher.hash(newPassword);
        transactions.required(c -> {
            StoredUser current = users.findForUpdate(c, user.username()).orElseThrow();
            if (!current.passwordHash().equals(user.passwordHash())) {
                throw new AccessDeniedException("您的密码刚刚已被修改，请重新登录后再试。",
                        "Your password was changed meanwhile; sign in again and retry.");
            }
            users.setPasswordHash(c, user.username(), newHash, clock.instant());
            audit.record(SecurityAuditEvents.passwordChanged(actor));
            return null;
        });
    }

    private StoredUser ownAccount(Actor actor) {
        Username name = actor == null || actor.isSystem() ? null : Username.parseOrNull(actor.userId());
        if (name == null) {
            throw new AccessDeniedException("请先登录再修改密码。", "Sign in to change your password.");
        }
        StoredUser user = transactions.required(c -> users.find(c, name).orElse(null));
        if (user == null || !user.active()) {
            throw new AccessDeniedException("账户 " + name + " 已停用，不能修改密码。",
                    "The account " + name + " is not active; its password cannot be changed.");
        }
        if (user.lockedAt(clock.instant())) {
            throw new AccessDeniedException(LockOut.lockedMessage(user.lockedUntil()));
        }
        return user;
    }

    private String refuseWrongCurrent(Connection c, Actor actor, StoredUser checked) throws SQLException {
        Instant now = clock.instant();
        StoredUser user = users.findForUpdate(c, checked.username()).orElseThrow();
        audit.record(SecurityAuditEvents.passwordChangeRefused(actor));
        Instant lockedUntil = lockOut.recordFailure(c, user, now);
        return lockedUntil == null ? WRONG_CURRENT_PASSWORD
                : WRONG_CURRENT_PASSWORD + " " + LockOut.lockedMessage(lockedUntil);
    }
}
