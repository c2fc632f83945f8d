package org.cultivar.web.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.registry.api.EnterpriseProfile;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleHistory;
import org.cultivar.registry.api.TitleTransition;

/** Every title the enterprise held, oldest first, each with every recorded transition. */
class TitlesTimeline extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** @param editor the editor when the user may decide on titles, else {@code null} */
    /** Who recorded a step, by name and id; the id alone where the security bundle is not there. */
    private final transient UserNames names = RegistryServices.find(UserNames.class).orElse(id -> java.util.Optional.empty());

    TitlesTimeline(EnterpriseProfile profile, RegistryEditor editor, Runnable changed) {
        setPadding(false);
        setId("titles-timeline");
        if (profile.titles().isEmpty()) {
            add(new Paragraph(RegistryLabels.text("registry.titles.none")));
        }
        for (TitleHistory history : profile.titles()) {
            add(entry(profile, history, editor, changed));
        }
    }

    private VerticalLayout entry(EnterpriseProfile profile, TitleHistory history, RegistryEditor editor, Runnable changed) {
        Title title = history.title();
        VerticalLayout entry = new VerticalLayout();
        entry.addClassName("title-entry");
        entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)");
        HorizontalLayout heading = new HorizontalLayout(new H4(RegistryLabels.tier(title.tier())),
                new Span(RegistryLabels.status(title.status())));
        heading.setAlignItems(Alignment.BASELINE);
        if (editor != null && DecisionKinds.open(title)) {
            Button decide = new Button(RegistryLabels.text("registry.decide"),
                    e -> new TitleDecisionDialog(editor, profile, title, changed).open());
            decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decide.addClassName("decide-title");
            heading.add(decide);
        }
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(RegistryLabels.level(title.level())), RegistryLabels.text("registry.level"));
        facts.addFormItem(new Span(title.authority()), RegistryLabels.text("registry.authority"));
        facts.addFormItem(new Span(title.batch() == null ? "—" : title.batch()), RegistryLabels.text("registry.batch"));
        facts.addFormItem(new Span(RegistryLabels.date(title.grantDate())), RegistryLabels.text("registry.grantDate"));
        facts.addFormItem(new Span(RegistryLabels.date(title.validUntil())), RegistryLabels.text("registry.validUntil"));
        if (title.endedOn() != null) {
            facts.addFormItem(new Span(RegistryLabels.date(title.endedOn())), RegistryLabels.text("registry.endedOn"));
        }
        entry.add(heading, facts);
        if (!history.transitions().isEmpty()) {
            Grid<TitleTransition> transitions = new Grid<>();
            transitions.addClassName("title-transitions");
            transitions.addColumn(t -> RegistryLabels.date(t.effective())).setHeader(RegistryLabels.text("registry.effective"))
                    .setAutoWidth(true);
            transitions.addColumn(t -> RegistryLabels.status(t.from()) + " → " + RegistryLabels.status(t.to()))
                    .setHeader(RegistryLabels.text("registry.transition")).setAutoWidth(true);
            transitions.addColumn(TitleTransition::reason).setHeader(RegistryLabels.text("registry.reason")).setFlexGrow(1)
                    .setTooltipGenerator(TitleTransition::reason);
            transitions.addColumn(t -> names.named(t.actorId()) + " · " + RegistryLabels.time(t.recordedAt()))
                    .setHeader(RegistryLabels.text("registry.recordedBy")).setAutoWidth(true);
            transitions.setItems(history.transitions());
            transitions.setAllRowsVisible(true);
            entry.add(transitions);
        }
        return entry;
    }
}
