package org.cultivar.web.registry;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.RegistryOversight;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/** What auditors check in the registry: every criteria exception with its justification, and every red flag. */
@Route(value = "registry/oversight", layout = MainLayout.class)
@RequiresRole({Role.AUDITOR, Role.OFFICIAL})
public class OversightView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public OversightView() {
        setId("oversight-view");
        setSizeFull();
        add(new H2(RegistryLabels.text("nav.registryOversight")));
        Optional<RegistryOversight> oversight = RegistryServices.find(RegistryOversight.class);
        if (oversight.isEmpty()) {
            add(new RegistryUnavailable());
            return;
        }
        Actor actor = CurrentActor.require();
        CriteriaExceptionsGrid exceptions = new CriteriaExceptionsGrid(true);
        exceptions.setId("oversight-exceptions");
        exceptions.setSizeFull(); // the page's height, not the grid's default 400 px
        // lazy without a count: the list pages as the auditor scrolls
        exceptions.setItems(page -> oversight.get().exceptions(actor, page.getOffset(), page.getLimit()).stream());
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(RegistryLabels.text("registry.exceptions"), exceptions);
        tabs.add(RegistryLabels.text("registry.redFlags"), new RedFlagsPanel(oversight.get(), actor));
        add(tabs);
        expand(tabs);
    }

    @Override
    public String getPageTitle() {
        return RegistryLabels.text("nav.registryOversight") + " · " + RegistryLabels.text("app.title");
    }
}
