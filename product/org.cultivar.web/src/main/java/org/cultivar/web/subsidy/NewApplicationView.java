package org.cultivar.web.subsidy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.RequiredDocument;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.security.RequiresRole;
import org.cultivar.web.shell.MainLayout;

/**
 * A clerk records an application: the schedule of their region, the enterprise and the day it
 * applied, then the schedule's own form and documents checklist. "Check" asks the engine for
 * the assessment without storing anything, so the clerk sees every failed condition before
 * recording; an ineligible application may still be recorded, so that its refusal is on file.
 */
@Route(value = "subsidies/new", layout = MainLayout.class)
@RequiresRole(Role.CLERK)
public class NewApplicationView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    /** The fields every application has, whatever its schedule. */
    static final class Heading {
        ScheduleDefinition schedule;
        String creditCode = "";
        LocalDate applicationDate = SubsidyLabels.today();
    }

    private final Actor actor = CurrentActor.require();
    private final transient Applications applications;
    private final Heading heading = new Heading();
    private final Binder<Heading> binder = new Binder<>();
    private final ComboBox<ScheduleDefinition> schedule = new ComboBox<>(SubsidyLabels.text("subsidy.schedule"));
    private final TextField creditCode = new TextField(SubsidyLabels.text("subsidy.enterprise"));
    private final DatePicker applicationDate = new DatePicker(SubsidyLabels.text("subsidy.applicationDate"));
    private final CheckboxGroup<RequiredDocument> documents = new CheckboxGroup<>(SubsidyLabels.text("subsidy.documents"));
    private final VerticalLayout formArea = new VerticalLayout();
    private final VerticalLayout assessmentArea = new VerticalLayout();
    private transient GeneratedForm form;
    private FieldProblems problems;

    public NewApplicationView() {
        setId("new-application-view");
        add(new H2(SubsidyLabels.text("subsidy.new")));
        applications = SubsidyServices.find(Applications.class).orElse(null);
        if (applications == null) {
            add(new SubsidyUnavailable());
            return;
        }
        schedule.setId("application-schedule");
        // grouped by region, then by name: a provincial clerk sees each city's schedules together
        schedule.setItems(SubsidyServices.schedules().stream().filter(s -> SubsidyPermissions.mayRecord(actor, s))
                .sorted(Comparator.comparing((ScheduleDefinition s) -> s.region().code()).thenComparing(SubsidyLabels::schedule))
                .toList());
        schedule.setItemLabelGenerator(s -> s.region().code() + " · " + SubsidyLabels.schedule(s));
        schedule.setWidth("36em");
        creditCode.setId("application-enterprise");
        creditCode.setHelperText(SubsidyLabels.text("subsidy.enterprise.help"));
        applicationDate.setId("application-date");
        documents.setId("application-documents");
        documents.setItemLabelGenerator(document -> SubsidyLabels.of(document.name())
                + (document.mandatory() ? " " + SubsidyLabels.text("subsidy.documents.mandatory") : ""));
        binder.forField(schedule).asRequired(SubsidyLabels.text("subsidy.schedule.required"))
                .bind(h -> h.schedule, (h, v) -> h.schedule = v);
        binder.forField(creditCode).asRequired(SubsidyLabels.text("subsidy.enterprise.required"))
                .withValidator(code -> CreditCode.isValid(code.strip()), SubsidyLabels.text("subsidy.enterprise.invalid"))
                .bind(h -> h.creditCode, (h, v) -> h.creditCode = v);
        binder.forField(applicationDate).asRequired(SubsidyLabels.text("subsidy.applicationDate.required"))
                .bind(h -> h.applicationDate, (h, v) -> h.applicationDate = v);
        binder.setBean(heading);
        schedule.addValueChangeListener(e -> showForm(e.getValue()));
        formArea.setPadding(false);
        assessmentArea.setPadding(false);
        add(new FormLayout(schedule, creditCode, applicationDate), formArea, assessmentArea);
    }

    private void showForm(ScheduleDefinition chosen) {
        formArea.removeAll();
        assessmentArea.removeAll();
        form = null;
        if (chosen == null) {
            return;
        }
        problems = new FieldProblems().field("enterprise", creditCode).field("applicationDate", applicationDate)
                .field("documentsReceived", documents);
        form = new GeneratedForm(chosen.form(), applicationDate::getValue, problems);
        documents.setItems(chosen.documents());
        documents.setVisible(!chosen.documents().isEmpty());
        Button check = new Button(SubsidyLabels.text("subsidy.check"), e -> check());
        check.setId("check-application");
        Button record = new Button(SubsidyLabels.text("subsidy.record"), e -> record());
        record.setId("record-application");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formArea.add(form.layout(), documents, new HorizontalLayout(check, record));
    }

    private Optional<ApplicationInput> input() {
        boolean headingValid = binder.validate().isOk();
        boolean formValid = form.validate();
        if (!headingValid || !formValid) {
            return Optional.empty();
        }
        return Optional.of(new ApplicationInput(CreditCode.parse(heading.creditCode.strip()), heading.applicationDate, form.entered()));
    }

    private void check() {
        assessmentArea.removeAll();
        input().flatMap(input -> Refusals.obtain(() -> applications.preview(actor, heading.schedule.id(), input), problems))
                .ifPresent(assessment -> assessmentArea.add(new AssessmentPanel(assessment,
                        AssessmentPanel.Names.of(actor, heading.schedule.id(), Optional.of(heading.schedule)))));
    }

    private void record() {
        Set<RequiredDocument> ticked = documents.getValue();
        List<RequiredDocument> missing = heading.schedule == null ? List.of() : heading.schedule.documents().stream()
                .filter(document -> document.mandatory() && !ticked.contains(document)).toList();
        if (!missing.isEmpty()) {
            documents.setErrorMessage(SubsidyLabels.text("subsidy.documents.missing",
                    missing.stream().map(document -> SubsidyLabels.of(document.name())).collect(Collectors.joining("、"))));
            documents.setInvalid(true);
            return;
        }
        Set<String> received = ticked.stream().map(RequiredDocument::key).collect(Collectors.toSet());
        input().flatMap(input -> Refusals.obtain(() -> applications.record(actor, heading.schedule.id(), input, received), problems))
                .ifPresent(recorded -> {
                    Refusals.success(SubsidyLabels.text("subsidy.recorded", recorded.id()));
                    ApplicationDetailView.open(recorded.id());
                });
    }

    @Override
    public String getPageTitle() {
        return SubsidyLabels.text("subsidy.new") + " · " + SubsidyLabels.text("app.title");
    }
}
