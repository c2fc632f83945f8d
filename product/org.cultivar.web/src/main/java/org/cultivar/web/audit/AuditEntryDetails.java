package org.cultivar.web.audit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.security.Role;
import org.cultivar.web.shell.UiLanguage;

/**
 * One entry opened in full: who acted with which roles and scope, the state before and after
 * (the grid can show only the start of the latter) and the entry's link in the hash chain.
 */
final class AuditEntryDetails extends Div {
    private static final long serialVersionUID = 1L;

    AuditEntryDetails(AuditEntry entry, AuditNames names) {
        addClassName("audit-entry-details");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        line("audit.details.actor", names.user(entry.actorId()) + " · " + roles(entry.actorRoles()) + " · "
                + names.region(entry.actorRegion()));
        state("audit.before", entry.before());
        state("audit.after", entry.after());
        line("audit.details.hash", blankToDash(entry.hash()));
    }

    private void line(String key, String value) {
        Div line = new Div(new Span(getTranslation(key) + "："), new Span(value));
        line.getStyle().set("overflow-wrap", "anywhere");
        add(line);
    }

    private void state(String key, String json) {
        Pre state = new Pre(json == null || json.isBlank() ? "—" : json);
        // the state is one line of JSON: wrap it rather than widen the grid
        state.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("margin", "0 0 var(--lumo-space-xs) 0");
        add(new Div(new Span(getTranslation(key) + "：")), state);
    }

    /** The roles the actor held then, as the users page names them; a name no longer a role stays as recorded. */
    private String roles(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return "—";
        }
        Set<String> known = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        return Arrays.stream(recorded.split("[,\\s]+")).filter(role -> !role.isEmpty())
                .map(role -> known.contains(role) ? getTranslation("role." + role) : role)
                .collect(Collectors.joining(UiLanguage.chinese() ? "、" : ", "));
    }

    private static String blankToDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
