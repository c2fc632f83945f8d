package org.cultivar.web.registry;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.EnterpriseProfile;

/** Who the enterprise is: code, names, region, sector, group; a check-character override stands out as a warning. */
class EnterpriseIdentity extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    EnterpriseIdentity(EnterpriseProfile profile) {
        setPadding(false);
        setId("enterprise-identity");
        Enterprise enterprise = profile.enterprise();
        H2 heading = new H2(enterprise.nameZh());
        HorizontalLayout title = new HorizontalLayout(heading);
        title.setAlignItems(Alignment.BASELINE);
        if (enterprise.demo()) {
            title.add(new DemoBadge());
        }
        add(title);
        if (profile.checkOverrideReason() != null) {
            Span warning = new Span(VaadinIcon.WARNING.create(),
                    new Span(RegistryLabels.text("registry.enterprise.checkOverridden", profile.checkOverrideReason())));
            warning.setId("check-override-warning");
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            add(warning);
        }
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(enterprise.creditCode().value()), RegistryLabels.text("registry.creditCode"));
        facts.addFormItem(new Span(enterprise.nameZh()), RegistryLabels.text("registry.nameZh"));
        facts.addFormItem(new Span(enterprise.englishName().orElse("—")), RegistryLabels.text("registry.nameEn"));
        facts.addFormItem(new Span(RegistryLabels.region(enterprise.region()) + " (" + enterprise.region().code() + ")"),
                RegistryLabels.text("registry.region"));
        facts.addFormItem(new Span(RegistryLabels.sector(enterprise.sector())), RegistryLabels.text("registry.sector"));
        facts.addFormItem(new Span(enterprise.subsidiary() ? enterprise.parentGroup() : RegistryLabels.text("registry.independent")),
                RegistryLabels.text("registry.parentGroup"));
        add(facts);
    }
}
