package org.cultivar.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;

/** Only administrators manage users, and only while their account still says they are one. */
final class AdministratorCheck {

    private final UserTable users;

    AdministratorCheck(UserTable users) {
        this.users = users;
    }

    /** The actions in the words an administrator reads in Chinese; an action not listed stays English. */
    private static final Map<String, String> CHINESE_ACTIONS = Map.of("change users", "修改用户", "create users", "创建用户",
            "list users", "查看用户", "reset passwords", "重置密码", "unlock users", "解锁用户");

    /** Before any work: the actor must at least claim the role. */
    static void requireRole(Actor actor, String action) {
        String chinese = CHINESE_ACTIONS.getOrDefault(action, action);
        if (actor == null) {
            throw new AccessDeniedException("请以系统管理员身份登录后再" + chinese + "。",
                    "Sign in as an administrator to " + action + ".");
        }
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("只有系统管理员可以" + chinese + "；" + actor.userId() + " 的角色为 " + actor.roles() + "。",
                    "Only administrators may " + action + "; " + actor.userId() + " has the roles " + actor.roles() + ".");
        }
    }

    /**
     * Inside the transaction: the claim must hold in the database too, because a signed-in
     * session outlives a demotion or deactivation by another administrator.
     */
    void requireActiveAdministrator(Connection c, Actor actor, String action) throws SQLException {
        requireRole(actor, action);
        Username name = Username.parseOrNull(actor.userId());
        StoredUser user = name == null ? null : users.find(c, name).orElse(null);
        if (user == null || !user.isActiveAdministrator()) {
            throw new AccessDeniedException("只有在用的系统管理员可以" + CHINESE_ACTIONS.getOrDefault(action, action) + "；账户 "
                    + actor.userId() + " 不是（或已不再是）系统管理员。",
                    "Only active administrators may " + action + "; the account " + actor.userId() + " is not (or no longer) one.");
        }
    }
}
