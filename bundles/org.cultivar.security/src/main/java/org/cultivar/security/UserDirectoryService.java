package org.cultivar.security;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.InvalidAccountInputException;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserAccount;
import org.cultivar.core.api.security.UserDirectory;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * User administration, for administrators only. Every method checks the acting user first
 * (before even looking at the input), then the input, then re-checks in the transaction that
 * the actor is still an active administrator; the change and its audit entry commit together.
 */
@Component(service = UserDirectory.class)
public class UserDirectoryService implements UserDirectory {

    private final Transactions transactions;
    private final UserTable users = new UserTable();
    private final AdministratorCheck administrators = new AdministratorCheck(users);
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public UserDirectoryService(@Reference Transactions transactions, @Reference AuditTrail auditTrail,
                                @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.security)") Schema schema) {
        this(transactions, auditTrail, new PasswordHasher(), Clock.systemUTC());
    }

    UserDirectoryService(Transactions transactions, AuditTrail auditTrail, PasswordHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.audit = auditTrail;
        this.clock = clock;
    }

    @Override
    public List<UserAccount> list(Actor actor) {
        AdministratorCheck.requireRole(actor, AdministratorCheck.Action.LIST_USERS);
        return transactions.required(c -> {
            administrators.requireActiveAdministrator(c, actor, AdministratorCheck.Action.LIST_USERS);
            Instant now = clock.instant();
            return users.list(c).stream().map(user -> user.toAccount(now)).toList();
        });
    }

    @Override
    public UserAccount create(Actor actor, String username, String displayName, Set<Role> roles, RegionCode scope,
                              char[] initialPassword) {
        AdministratorCheck.requireRole(actor, AdministratorCheck.Action.CREATE_USERS);
        Username name = Username.parseNew(username);
        DisplayName display = DisplayName.parse(displayName);
        Set<Role> checkedRoles = checkRoles(roles);
        RegionCode checkedScope = checkScope(scope);
        PasswordPolicy.check(name, initialPassword);
        String hash = hasher.hash(initialPassword);
        return transactions.required(c -> {
            administrators.requireActiveAdministrator(c, actor, AdministratorCheck.Action.CREATE_USERS);
            if (users.exists(c, name)) {
                throw new InvalidAccountInputException("用户名“" + name + "”已被占用。", "User name '" + name + "' is already taken.");
            }
            Instant now = clock.instant();
            StoredUser user = new StoredUser(name, display.value(), hash, checkedRoles, checkedScope, true, 0, null, null);
            users.insert(c, user, now);
            UserAccount account = user.toAccount(now);
            audit.record(SecurityAuditEvents.created(actor, account));
            return account;
        });
    }

    @Override
    public UserAccount update(Actor actor, String username, String displayName, Set<Role> roles, RegionCode scope,
                              boolean active) {
        AdministratorCheck.requireRole(actor, AdministratorCheck.Action.CHANGE_USERS);
        Username name = Username.parse(username);
        DisplayName display = DisplayName.parse(displayName);
        Set<Role> checkedRoles = checkRoles(roles);
        RegionCode checkedScope = checkScope(scope);
        if (name.equals(Username.parseOrNull(actor.userId()))) {
            refuseSelfLockOut(checkedRoles, active);
        }
        return transactions.required(c -> {
            // before the actor's own check, so that two administrators demoting each other take turns
            users.lockAdministrators(c);
            administrators.requireActiveAdministrator(c, actor, AdministratorCheck.Action.CHANGE_USERS);
            StoredUser before = users.findForUpdate(c, name).orElseThrow(() -> noSuchUser(name));
            Instant now = clock.instant();
            users.updateProfile(c, name, display.value(), checkedRoles, checkedScope, active, now);
            if (users.countActiveAdministrators(c) == 0) {
                throw new AccessDeniedException("至少须保留一名在用的系统管理员。", "At least one active administrator must remain.");
            }
            UserAccount after = users.findForUpdate(c, name).orElseThrow().toAccount(now);
            audit.record(SecurityAuditEvents.updated(actor, before.toAccount(now), after));
            return after;
        });
    }

    @Override
    public void resetPassword(Actor actor, String username, char[] newPassword) {
        AdministratorCheck.requireRole(actor, AdministratorCheck.Action.RESET_PASSWORDS);
        Username name = Username.parse(username);
        PasswordPolicy.check(name, newPassword);
        String hash = hasher.hash(newPassword);
        transactions.required(c -> {
            administrators.requireActiveAdministrator(c, actor, AdministratorCheck.Action.RESET_PASSWORDS);
            StoredUser user = users.findForUpdate(c, name).orElseThrow(() -> noSuchUser(name));
            users.setPasswordHash(c, name, hash, clock.instant());
            audit.record(SecurityAuditEvents.passwordReset(actor, user));
            return null;
        });
    }

    @Override
    public void unlock(Actor actor, String username) {
        AdministratorCheck.requireRole(actor, AdministratorCheck.Action.UNLOCK_USERS);
        Username name = Username.parse(username);
        transactions.required(c -> {
            administrators.requireActiveAdministrator(c, actor, AdministratorCheck.Action.UNLOCK_USERS);
            StoredUser user = users.findForUpdate(c, name).orElseThrow(() -> noSuchUser(name));
            users.unlock(c, name, clock.instant());
            audit.record(SecurityAuditEvents.unlocked(actor, user));
            return null;
        });
    }

    /** Without this the last administrator could leave nobody able to manage users. */
    private static void refuseSelfLockOut(Set<Role> roles, boolean active) {
        if (!roles.contains(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("不能移除您自己的系统管理员角色，须由另一名系统管理员操作。",
                    "You cannot remove your own administrator role; another administrator must do it.");
        }
        if (!active) {
            throw new AccessDeniedException("不能停用您自己的账户，须由另一名系统管理员操作。",
                    "You cannot deactivate your own account; another administrator must do it.");
        }
    }

    private static Set<Role> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidAccountInputException("角色：请至少选择一个角色。", "Roles: choose at least one role.");
        }
        for (Role role : roles) {
            if (role == null) {
                throw new InvalidAccountInputException("角色：含有空角色。", "Roles: an empty role was given.");
            }
        }
        return EnumSet.copyOf(roles);
    }

    private static RegionCode checkScope(RegionCode scope) {
        if (scope == null) {
            throw new InvalidAccountInputException("管辖地区必须填写（GB/T 2260 代码；全国为 100000）。", "Region scope is required (a GB/T 2260 code; 100000 for national).");
        }
        return scope;
    }

    private static IllegalArgumentException noSuchUser(Username name) {
        return new InvalidAccountInputException("用户“" + name + "”不存在。", "There is no user '" + name + "'.");
    }
}
