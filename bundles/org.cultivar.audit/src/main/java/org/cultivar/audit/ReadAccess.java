package org.cultivar.audit;

import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;

/**
 * Who may read the trail, and how much of it. Administrators and national auditors see every
 * entry; a regional auditor sees the entries of the regions its scope covers plus the entries
 * without a region (the shared registry and the platform, which concern every region).
 *
 * @param regionalScope the scope that limits the entries, or {@code null} for all of them
 */
record ReadAccess(RegionCode regionalScope) {

    private static final ReadAccess EVERYTHING = new ReadAccess(null);

    /** @throws AccessDeniedException unless the reader is an administrator or an auditor with a scope */
    static ReadAccess toBrowse(Actor reader) {
        if (reader != null && reader.has(Role.ADMINISTRATOR)) {
            return EVERYTHING;
        }
        if (reader == null || !reader.has(Role.AUDITOR)) {
            throw new AccessDeniedException("只有系统管理员和审计人员可以查阅审计记录。", "Only administrators and auditors may read the audit trail");
        }
        if (reader.scope() == null) {
            throw new AccessDeniedException("审计人员 " + reader.userId() + " 未设定辖区，不能查阅审计记录。",
                    "Auditor " + reader.userId() + " has no region scope");
        }
        return reader.scope().isNational() ? EVERYTHING : new ReadAccess(reader.scope());
    }

    /**
     * Verification reveals no entry, only whether the chain holds, so any auditor may run it;
     * the system actor may too, for the launcher's command line.
     *
     * @throws AccessDeniedException for everyone else
     */
    static void toVerify(Actor reader) {
        boolean allowed = reader != null
                && (reader.has(Role.ADMINISTRATOR) || reader.has(Role.AUDITOR) || reader.isSystem());
        if (!allowed) {
            throw new AccessDeniedException("只有系统管理员和审计人员可以校验审计记录。", "Only administrators and auditors may verify the audit trail");
        }
    }

    boolean everything() {
        return regionalScope == null;
    }

    /**
     * The SQL {@code LIKE} pattern matching exactly the codes {@link RegionCode#covers} accepts
     * for this scope: a province's two-digit prefix, a city's four-digit prefix, a district
     * itself. Codes are digits only, so nothing needs escaping.
     */
    String coveredRegionPattern() {
        String code = regionalScope.code();
        if (regionalScope.isProvince()) {
            return code.substring(0, 2) + "%";
        }
        if (regionalScope.isCity()) {
            return code.substring(0, 4) + "%";
        }
        return code;
    }
}
