package org.cultivar.core.api.security;

import java.util.List;
import java.util.Set;

/** Administrators manage users here; every method checks the acting user itself. */
public interface UserDirectory {

    List<UserAccount> list(Actor actor);

    UserAccount create(Actor actor, String username, String displayName, Set<Role> roles, RegionCode scope,
                       char[] initialPassword);

    UserAccount update(Actor actor, String username, String displayName, Set<Role> roles, RegionCode scope, boolean active);

    void resetPassword(Actor actor, String username, char[] newPassword);

    void unlock(Actor actor, String username);
}
