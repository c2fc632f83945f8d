package org.cultivar.web.registry;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.CriteriaEvaluator;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseDirectory;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.shell.MainLayout;
import org.cultivar.web.subsidy.PayeeAccountPanel;
import org.cultivar.web.subsidy.ReceivedSubsidies;

/**
 * Everything the registry knows about one enterprise, and the changes the user's role allows
 * on it. After every change the page reloads the profile, so it always shows what was stored.
 */
@Route(value = "registry/enterprise/:creditCode", layout = MainLayout.class)
public class EnterprisePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private static final String PARAMETER = "creditCode";

    private final Actor actor = CurrentActor.require();
    private String title = "";

    public EnterprisePage() {
        setId("enterprise-page");
    }

    static void open(CreditCode creditCode) {
        UI.getCurrent().navigate(EnterprisePage.class, new RouteParameters(PARAMETER, creditCode.value()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(PARAMETER).orElse("");
        Optional<EnterpriseDirectory> directory = RegistryServices.find(EnterpriseDirectory.class);
        if (directory.isEmpty()) {
            removeAll();
            add(new H2(RegistryLabels.text("nav.registry")), new RegistryUnavailable());
            return;
        }
        try {
            // the page shows codes accepted by override too, so the check character is not enforced here
            show(directory.get(), CreditCode.overridingCheck(code));
        } catch (IllegalArgumentException malformed) {
            showNotFound();
        }
    }

    private void show(EnterpriseDirectory directory, CreditCode creditCode) {
        Optional<EnterpriseProfile> loaded = Refusals.obtain(() -> directory.profile(actor, creditCode));
        removeAll();
        if (loaded.isEmpty()) {
            showNotFound();
            return;
        }
        EnterpriseProfile profile = loaded.get();
        Enterprise enterprise = profile.enterprise();
        title = enterprise.nameZh();
        Runnable reload = () -> show(directory, creditCode);
        Optional<RegistryEditor> editor = RegistryServices.find(RegistryEditor.class);
        boolean decides = editor.isPresent() && RegistryPermissions.mayDecideTitles(actor, enterprise);

        add(new EnterpriseIdentity(profile));
        editor.ifPresent(e -> add(actions(e, profile, reload)));
        add(new H3(RegistryLabels.text("registry.figures")), new FiguresSection(profile.figures()));
        add(new H3(RegistryLabels.text("registry.titles")),
                new TitlesTimeline(profile, decides ? editor.get() : null, reload));
        add(new H3(RegistryLabels.text("registry.evaluations")), new EvaluationsSection(profile.evaluations()));
        add(new H3(RegistryLabels.text("registry.redFlags")), new RedFlagsSection(profile.redFlags()));
        add(new H3(RegistryLabels.text("registry.exceptions")), exceptions(profile));
        // while the payout engine is not running the page says so rather than showing nothing
        add(new H3(RegistryLabels.text("registry.subsidies")), ReceivedSubsidies.of(actor, creditCode)
                .orElseGet(() -> new Paragraph(RegistryLabels.text("registry.subsidies.pending"))));
        PayeeAccountPanel.of(actor, creditCode).ifPresent(panel -> add(new H3(RegistryLabels.text("subsidy.payee")), panel));
    }

    private HorizontalLayout actions(RegistryEditor editor, EnterpriseProfile profile, Runnable reload) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("enterprise-actions");
        Enterprise enterprise = profile.enterprise();
        if (RegistryPermissions.mayEdit(actor, enterprise)) {
            Button figures = new Button(RegistryLabels.text("registry.figures.record"),
                    e -> new FiguresDialog(editor, enterprise.creditCode(), reload).open());
            figures.setId("record-figures");
            Button edit = new Button(RegistryLabels.text("registry.enterprise.edit"),
                    e -> new EnterpriseDialog(editor, enterprise, saved -> reload.run()).open());
            edit.setId("edit-enterprise");
            actions.add(figures, edit);
        }
        if (RegistryPermissions.mayDecideTitles(actor, enterprise)) {
            CriteriaEvaluator evaluator = RegistryServices.find(CriteriaEvaluator.class).orElse(null);
            Button grant = new Button(RegistryLabels.text("registry.grant"),
                    e -> new GrantTitleDialog(editor, evaluator, profile, reload).open());
            grant.setId("grant-title");
            actions.add(grant);
        }
        return actions;
    }

    private static com.vaadin.flow.component.Component exceptions(EnterpriseProfile profile) {
        if (profile.exceptions().isEmpty()) {
            return new Paragraph(RegistryLabels.text("registry.exceptions.none"));
        }
        CriteriaExceptionsGrid grid = new CriteriaExceptionsGrid(false);
        grid.setItems(profile.exceptions());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void showNotFound() {
        removeAll();
        title = RegistryLabels.text("registry.enterprise.notFound");
        Paragraph notFound = new Paragraph(title);
        notFound.setId("enterprise-not-found");
        add(new H2(RegistryLabels.text("nav.registry")), notFound);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + RegistryLabels.text("app.title");
    }
}
