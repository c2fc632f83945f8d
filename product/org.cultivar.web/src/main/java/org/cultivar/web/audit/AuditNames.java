package org.cultivar.web.audit;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.web.shell.UiLanguage;

/**
 * How the trail's ids read to an auditor: users by name and id, regions by name and code. The ids
 * stay visible because the filters search by them. Names are looked up once per view, not per row.
 */
final class AuditNames implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient Optional<UserNames> users;
    private final Map<String, String> named = new HashMap<>();

    AuditNames(Optional<UserNames> users) {
        this.users = users;
    }

    String user(String userId) {
        if (userId == null) {
            return "";
        }
        return named.computeIfAbsent(userId, id -> users == null ? id : users.map(names -> names.named(id)).orElse(id));
    }

    String region(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            RegionCode region = RegionCode.of(code);
            String name = RegionCatalogue.standard().name(region, UiLanguage.chinese());
            return name.equals(code) ? code : name + " (" + code + ")";
        } catch (IllegalArgumentException notACode) {
            return code;
        }
    }
}
