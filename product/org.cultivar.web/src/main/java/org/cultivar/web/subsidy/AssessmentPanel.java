package org.cultivar.web.subsidy;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Title;
import org.cultivar.subsidy.api.Assessment;
import org.cultivar.subsidy.api.AwardCalculation;
import org.cultivar.subsidy.api.CalculationStep;
import org.cultivar.subsidy.api.ConditionResult;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.Tranche;
import org.cultivar.subsidy.api.process.ScheduleChanges;
import org.cultivar.subsidy.api.process.ScheduleUnavailableException;

/**
 * An assessment as the engine explains it: every condition with why it was or was not met,
 * the registry facts and parameters it rested on, and — if eligible — each calculation step,
 * the amount in yuan and 万元 and its tranches. The preview and the approval screen both show it,
 * so a reviewer sees exactly what the clerk saw.
 */
class AssessmentPanel extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** The names a clerk reads for the keys of the schedule's form fields and configuration parameters. */
    record Names(Map<String, String> fields, Map<String, String> parameters) {
        static final Names NONE = new Names(Map.of(), Map.of());

        /**
         * The schedule's form labels and its Metatype attribute names (written "中文 / English",
         * shown in the person's language); none where the schedule or its form cannot be read.
         */
        static Names of(Actor actor, String scheduleId, Optional<ScheduleDefinition> schedule) {
            Map<String, String> fields = new HashMap<>();
            schedule.ifPresent(definition -> definition.form().fields()
                    .forEach(field -> fields.put(field.key(), SubsidyLabels.of(field.label()))));
            Map<String, String> parameters = new HashMap<>();
            SubsidyServices.find(ScheduleChanges.class).ifPresent(changes -> {
                try {
                    changes.configuration(actor, scheduleId).fields()
                            .forEach(field -> parameters.put(field.id(), inLanguage(field.name())));
                } catch (ScheduleUnavailableException | AccessDeniedException unavailable) {
                    // the schedule's bundle is stopped or the reader may not look: the keys as stored
                }
            });
            return new Names(fields, parameters);
        }

        private static String inLanguage(String name) {
            int slash = name.indexOf("/ ");
            if (slash < 0) {
                return name;
            }
            return SubsidyLabels.chinese() ? name.substring(0, slash).strip() : name.substring(slash + 2).strip();
        }
    }

    AssessmentPanel(Assessment assessment) {
        this(assessment, Names.NONE);
    }

    AssessmentPanel(Assessment assessment, Names names) {
        setId("assessment");
        setPadding(false);
        add(verdict(assessment), new H4(SubsidyLabels.text("subsidy.assessment.conditions")), conditions(assessment));
        assessment.award().ifPresent(award -> add(new H4(SubsidyLabels.text("subsidy.assessment.steps")), steps(award),
                amount(award), new H4(SubsidyLabels.text("subsidy.assessment.tranches")), tranches(award)));
        add(new H4(SubsidyLabels.text("subsidy.assessment.facts")), facts(assessment, names.fields()),
                new H4(SubsidyLabels.text("subsidy.assessment.parameters")), parameters(assessment.configuration().parameters(),
                        names.parameters()));
    }

    private static Paragraph verdict(Assessment assessment) {
        boolean eligible = assessment.eligibility().eligible();
        Paragraph verdict = new Paragraph(SubsidyLabels.text(eligible ? "subsidy.assessment.eligible" : "subsidy.assessment.ineligible",
                assessment.eligibility().failures().size()));
        verdict.setId("assessment-verdict");
        verdict.getStyle().set("font-weight", "bold")
                .set("color", eligible ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        return verdict;
    }

    private static UnorderedList conditions(Assessment assessment) {
        UnorderedList list = new UnorderedList();
        list.setId("assessment-conditions");
        for (ConditionResult result : assessment.eligibility().results()) {
            ListItem item = new ListItem(SubsidyLabels.text(result.met() ? "subsidy.condition.met" : "subsidy.condition.failed")
                    + " " + SubsidyLabels.of(result.explanation()));
            item.addClassName(result.met() ? "condition-met" : "condition-failed");
            if (!result.met()) {
                item.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            list.add(item);
        }
        return list;
    }

    private static Grid<CalculationStep> steps(AwardCalculation award) {
        Grid<CalculationStep> grid = new Grid<>();
        grid.setId("assessment-steps");
        grid.addColumn(step -> SubsidyLabels.of(step.text())).setHeader(SubsidyLabels.text("subsidy.step.text")).setFlexGrow(3);
        grid.addColumn(step -> SubsidyLabels.figure(step.figure())).setHeader(SubsidyLabels.text("subsidy.step.figure"));
        grid.addColumn(step -> SubsidyLabels.figure(step.amount())).setHeader(SubsidyLabels.text("subsidy.step.amount"));
        grid.setItems(award.steps());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Span amount(AwardCalculation award) {
        Span amount = new Span(SubsidyLabels.text("subsidy.assessment.amount", SubsidyLabels.moneyWithWan(award.amount())));
        amount.setId("assessment-amount");
        amount.getStyle().set("font-weight", "bold");
        return amount;
    }

    private static UnorderedList tranches(AwardCalculation award) {
        UnorderedList list = new UnorderedList();
        for (Tranche tranche : award.plan().tranches()) {
            list.add(new ListItem(SubsidyLabels.text(tranche.conditionalOnReview() ? "subsidy.tranche.conditional" : "subsidy.tranche",
                    tranche.number(), SubsidyLabels.money(tranche.amount()), tranche.fiscalYear())));
        }
        return list;
    }

    private static UnorderedList facts(Assessment assessment, Map<String, String> fieldNames) {
        Enterprise enterprise = assessment.facts().enterprise();
        UnorderedList list = new UnorderedList();
        list.setId("assessment-facts");
        list.add(new ListItem(SubsidyLabels.text("subsidy.fact.enterprise", enterprise.nameZh(), enterprise.creditCode().value(),
                enterprise.region().code())));
        list.add(new ListItem(SubsidyLabels.text("subsidy.fact.applicationDate", SubsidyLabels.date(assessment.input().applicationDate()))));
        for (Title title : assessment.facts().titles()) {
            list.add(new ListItem(SubsidyLabels.text("subsidy.fact.title", SubsidyLabels.chinese() ? title.tier().chinese() : title.tier().english(),
                    SubsidyLabels.date(title.grantDate()), SubsidyLabels.date(title.validUntil()))));
        }
        assessment.facts().figures().forEach(figures -> list.add(new ListItem(SubsidyLabels.text("subsidy.fact.figures",
                figures.fiscalYear(), SubsidyLabels.money(figures.revenue()), figures.employees() == null ? "—" : figures.employees()))));
        assessment.input().fields().forEach((key, text) -> list.add(new ListItem(named(key, fieldNames) + SubsidyLabels.colon() + shown(text))));
        return list;
    }

    private static UnorderedList parameters(Map<String, String> parameters, Map<String, String> names) {
        UnorderedList list = new UnorderedList();
        list.setId("assessment-parameters");
        parameters.forEach((key, value) -> list.add(new ListItem(named(key, names) + SubsidyLabels.colon() + shown(value))));
        return list;
    }

    /** The name with the key it was stored under, so that an auditor can still match it to the configuration. */
    private static String named(String key, Map<String, String> names) {
        String name = names.get(key);
        return name == null || name.isBlank() ? key : name + " (" + key + ")";
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
