package org.cultivar.security;

import java.sql.Connection;
import java.sql.SQLException;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;

/** Only administrators manage users, and only while their account still says they are one. */
final class AdministratorCheck {

    private final UserTable users;

    AdministratorCheck(UserTable users) {
        this.users = users;
    }

    /** What only an administrator may do, in the words of each language a refusal is given in. */
    enum Action {
        LIST_USERS("list users", "查看用户"),
        CREATE_USERS("create users", "创建用户"),
        CHANGE_USERS("change users", "修改用户"),
        RESET_PASSWORDS("reset passwords", "重置密码"),
        UNLOCK_USERS("unlock users", "解锁用户");

        private final String english;
        private final String chinese;

        Action(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }
    }

    /** Before any work: the actor must at least claim the role. */
    static void requireRole(Actor actor, Action action) {
        if (actor == null) {
            throw new AccessDeniedException("请以系统管理员身份登录后再" + action.chinese + "。",
                    "Sign in as an administrator to " + action.english + ".");
        }
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("只有系统管理员可以" + action.chinese + "；" + actor.userId() + " 的角色为 " + actor.roles() + "。",
                    "Only administrators may " + action.english + "; " + actor.userId() + " has the roles " + actor.roles() + ".");
        }
    }

    /**
     * Inside the transaction: the claim must hold in the database too, because a signed-in
     * session outlives a demotion or deactivation by another administrator.
     */
    void requireActiveAdministrator(Connection c, Actor actor, Action action) throws SQLException {
        requireRole(actor, action);
        Username name = Username.parseOrNull(actor.userId());
        StoredUser user = name == null ? null : users.find(c, name).orElse(null);
        if (user == null || !user.isActiveAdministrator()) {
            throw new AccessDeniedException("只有在用的系统管理员可以" + action.chinese + "；账户 "
                    + actor.userId() + " 不是（或已不再是）系统管理员。",
                    "Only active administrators may " + action.english + "; the account " + actor.userId() + " is not (or no longer) one.");
        }
    }
}
