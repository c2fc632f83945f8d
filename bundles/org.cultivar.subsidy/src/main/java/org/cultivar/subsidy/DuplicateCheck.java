package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cultivar.registry.api.CreditCode;

/**
 * Support for the same purpose from several schedules or regions (DOMAIN.md's risk of
 * duplication): flagged on the application for its reviewers, never refused here, since some
 * combinations are allowed and judging them is the reviewers' job.
 */
final class DuplicateCheck {

    private DuplicateCheck() {
    }

    static List<String> flags(Connection c, CreditCode enterprise, String scheduleId, Set<String> purposes, Long exceptApplication)
            throws SQLException {
        List<String> flags = new ArrayList<>();
        for (StoredApplication other : ApplicationTable.standingOf(c, enterprise)) {
            long id = other.application().id();
            if (other.application().scheduleId().equals(scheduleId) || exceptApplication != null && id == exceptApplication) {
                continue;
            }
            Set<String> shared = new TreeSet<>(other.purposes());
            shared.retainAll(purposes);
            if (!shared.isEmpty()) {
                flags.add("Application " + id + " under " + other.application().scheduleId() + " (region "
                        + other.application().region() + ", " + other.application().status() + ") is for the same purpose: "
                        + String.join(", ", shared));
            }
        }
        return flags;
    }
}
