package org.cultivar.web.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServlet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.cultivar.core.api.audit.AuditEntry;
import org.cultivar.core.api.audit.AuditQuery;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.audit.VerificationResult;
import org.cultivar.core.api.security.Role;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.web.osgi.FrameworkServices;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/** Auditors and administrators browse the trail by actor, action, entity and date, and verify the chain. */
@Route(value = "audit", layout = MainLayout.class)
@RequiresRole({Role.AUDITOR, Role.ADMINISTRATOR})
public class AuditView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final transient FrameworkServices services = FrameworkServices.of(VaadinServlet.getCurrent().getServletContext());
    private final transient AuditTrail trail = services.require(AuditTrail.class);
    private final AuditNames names = new AuditNames(services.find(UserNames.class));
    private final TextField actor = new TextField(getTranslation("audit.actor"));
    private final TextField action = new TextField(getTranslation("audit.action"));
    private final TextField entityType = new TextField(getTranslation("audit.entityType"));
    private final TextField entityId = new TextField(getTranslation("audit.entityId"));
    private final DatePicker from = new DatePicker(getTranslation("audit.from"));
    private final DatePicker to = new DatePicker(getTranslation("audit.to"));
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span verification = new Span();

    public AuditView() {
        setId("audit-view");
        setSizeFull();
        grid.setId("audit-grid");
        grid.addColumn(AuditEntry::sequence).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> TIME.format(e.recordedAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(e -> names.user(e.actorId())).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> AuditActions.label(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.entityId() == null ? e.entityType() : e.entityType() + " " + e.entityId()).setHeader(getTranslation("audit.entity")).setAutoWidth(true);
        grid.addColumn(e -> names.region(e.region())).setHeader(getTranslation("platform.feature.region")).setAutoWidth(true);
        grid.addColumn(e -> e.after() == null ? "" : e.after()).setHeader(getTranslation("audit.after")).setWidth("16em").setFlexGrow(1);
        // a click opens the whole entry: before and after in full, roles, scope, hash
        grid.setItemDetailsRenderer(new ComponentRenderer<>(entry -> new AuditEntryDetails(entry, names)));
        // lazy, without a count: the grid asks for pages as the auditor scrolls
        grid.setItems(q -> trail.find(CurrentActor.require(), query(q.getOffset(), q.getLimit())).stream());

        Button search = new Button(getTranslation("audit.search"), e -> grid.getDataProvider().refreshAll());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button verify = new Button(getTranslation("audit.verify"), e -> verify());
        verify.setId("verify-audit");
        verification.setId("audit-verification");
        HorizontalLayout filters = new HorizontalLayout(actor, action, entityType, entityId, from, to, search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("nav.audit")), new HorizontalLayout(verify, verification), filters, grid);
    }

    private AuditQuery query(int offset, int limit) {
        return new AuditQuery(blankToNull(actor), blankToNull(action), blankToNull(entityType), blankToNull(entityId),
                from.getValue(), to.getValue(), offset, Math.min(limit, 500));
    }

    private void verify() {
        VerificationResult result = trail.verify(CurrentActor.require());
        verification.setText(result.intact()
                ? getTranslation("audit.intact", result.entriesChecked())
                : getTranslation("audit.broken", result.firstBrokenSequence(), result.problem()));
        verification.getStyle().set("color", result.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private static String blankToNull(TextField field) {
        return field.getValue() == null || field.getValue().isBlank() ? null : field.getValue().strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.title");
    }
}
