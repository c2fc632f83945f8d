package org.cultivar.subsidy.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.Tier;

/**
 * Everything a schedule declares, immutable and built from its configuration: who it is for,
 * its form and checklist, its conditions, amount rule, limits and instalments. A schedule
 * bundle builds one with {@link #builder} whenever its configuration changes; the engine takes
 * one definition per assessment, so an assessment never mixes two configurations.
 *
 * @param purposes       purpose tags of the schedule's awards (e.g. {@code cultivation}), for
 *                       top-ups and the engine's cross-schedule duplicate check
 * @param conditions     judged all-of, after the built-in condition that the enterprise is
 *                       registered in the schedule's region
 * @param draftOnGrantOf for a no-application award (免申即享): granting a title of this tier or
 *                       higher creates a draft application by itself; {@code null} otherwise
 */
public record ScheduleDefinition(String id, RegionCode region, BilingualText name, BilingualText legalBasis,
                                 Set<String> purposes, ApplicationWindow window, ApplicationForm form,
                                 List<RequiredDocument> documents, List<Condition> conditions, AmountRule amount,
                                 Limits limits, InstalmentTerms instalments, Tier draftOnGrantOf,
                                 ScheduleConfiguration configuration) {

    public ScheduleDefinition {
        if (id == null || !id.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*){0,5}")) {
            throw new IllegalArgumentException("A schedule id is dotted lower case, e.g. guangzhou.cultivation; not " + Shown.quoted(id));
        }
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalBasis, "legalBasis");
        purposes = Set.copyOf(purposes);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(form, "form");
        documents = List.copyOf(documents);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(instalments, "instalments");
        Objects.requireNonNull(configuration, "configuration");
        checkFieldsRead(id, form, conditions, amount);
        if (!purposes.containsAll(amount.purposesDeducted())) {
            throw new IllegalArgumentException("Schedule " + id + " deducts earlier awards for " + amount.purposesDeducted()
                    + " but its own awards carry only " + purposes);
        }
        if (draftOnGrantOf != null && form.fields().stream().anyMatch(FieldSpec::required)) {
            throw new IllegalArgumentException("Schedule " + id + " awards without application, so its form cannot require fields");
        }
    }

    /** Every field a rule reads must be on the form with the rule's type; an amount rule's fields must be required. */
    private static void checkFieldsRead(String id, ApplicationForm form, List<Condition> conditions, AmountRule amount) {
        Map<String, FieldType> read = new TreeMap<>(amount.fieldsRead());
        conditions.forEach(condition -> read.putAll(condition.fieldsRead()));
        read.forEach((key, type) -> {
            FieldSpec field = form.field(key).orElseThrow(() -> new IllegalArgumentException(
                    "Schedule " + id + ": its rules read the field " + key + ", which the form does not have"));
            if (field.type() != type) {
                throw new IllegalArgumentException("Schedule " + id + ": its rules read " + key + " as " + type + ", the form has " + field.type());
            }
            if (amount.fieldsRead().containsKey(key) && !field.required()) {
                throw new IllegalArgumentException("Schedule " + id + ": the amount depends on " + key + ", so the form must require it");
            }
        });
    }

    public static Builder builder(String id, RegionCode region) {
        return new Builder(id, region);
    }

    /** Whether granting a title of the tier creates a draft award of this schedule by itself (免申即享). */
    public boolean draftsOnGrantOf(Tier tier) {
        return draftOnGrantOf != null && tier.atLeast(draftOnGrantOf);
    }

    /**
     * Judges an application as of its date and, if eligible, computes the award. Pure: the same
     * input, registry answers and prior awards give an equal assessment.
     *
     * @throws InvalidInputException naming every bad field (the application date outside the
     *                               window, an enterprise the registry does not know, bad form values)
     */
    public Assessment assess(ApplicationInput input, CertificationRegistry registry, PriorAwards priorAwards) {
        ApplicationContext context = contextOf(input, registry, priorAwards);
        List<ConditionResult> results = new ArrayList<>();
        results.add(registeredInRegion(context.enterprise()));
        conditions.forEach(condition -> results.add(condition.check(context)));
        limits.checkOnce(context).ifPresent(results::add);
        if (results.stream().anyMatch(result -> !result.met())) {
            return new Assessment(id, configuration, input, context.facts(), new Eligibility(results), Optional.empty());
        }
        Calculation exact = limits.capYearly(amount.calculate(context), context);
        if (exact.amount().signum() < 0) {
            throw new IllegalStateException("Schedule " + id + " computed a negative amount: " + exact.steps());
        }
        Money rounded = Money.rounded(exact.amount());
        if (rounded.isZero()) {
            BilingualText reason = exact.steps().get(exact.steps().size() - 1).text();
            results.add(ConditionResult.failed("amount", "计算金额为零（" + reason.zh() + "）", "The amount comes to zero (" + reason.en() + ")"));
            return new Assessment(id, configuration, input, context.facts(), new Eligibility(results), Optional.empty());
        }
        Calculation calculation = exact.then("rounded", rounded.yuan(), rounded.yuan(),
                BilingualText.of("四舍五入到分：" + MoneyText.zh(rounded), "Rounded half-up to the fen: " + MoneyText.en(rounded)));
        AwardCalculation award = new AwardCalculation(rounded, calculation.steps(), instalments.split(rounded, input.fiscalYear()));
        return new Assessment(id, configuration, input, context.facts(), new Eligibility(results), Optional.of(award));
    }

    /** The context of a well-formed application, or every reason why it is not. */
    private ApplicationContext contextOf(ApplicationInput input, CertificationRegistry registry, PriorAwards priorAwards) {
        List<FieldProblem> problems = new ArrayList<>();
        window.problemWith(input.applicationDate()).ifPresent(problems::add);
        Optional<Enterprise> enterprise = registry.enterprise(input.enterprise());
        if (enterprise.isEmpty()) {
            problems.add(FieldProblem.of("enterprise", "统一社会信用代码为 " + input.enterprise().value() + " 的企业尚未登记。",
                    "credit code " + input.enterprise().value() + " is not in the registry"));
        }
        FormValues values = null;
        try {
            values = form.read(input.fields(), input.applicationDate());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ApplicationContext(id, region, input, values, enterprise.get(), registry, priorAwards);
    }

    private ConditionResult registeredInRegion(Enterprise enterprise) {
        return region.covers(enterprise.region())
                ? ConditionResult.met("registered-in-region", "企业注册地 " + enterprise.region() + " 属于本项目地区 " + region,
                        "Registered in " + enterprise.region() + ", within the schedule's region " + region)
                : ConditionResult.failed("registered-in-region", "企业注册地 " + enterprise.region() + " 不属于本项目地区 " + region,
                        "Registered in " + enterprise.region() + ", outside the schedule's region " + region);
    }

    /** Builds a definition; everything but the names and the amount rule has a default. */
    public static final class Builder {

        private final String id;
        private final RegionCode region;
        private BilingualText name;
        private BilingualText legalBasis;
        private Set<String> purposes = Set.of();
        private ApplicationWindow window = ApplicationWindow.ALWAYS;
        private ApplicationForm form = ApplicationForm.of();
        private List<RequiredDocument> documents = List.of();
        private List<Condition> conditions = List.of();
        private AmountRule amount;
        private Limits limits = Limits.unlimited();
        private InstalmentTerms instalments = InstalmentTerms.single();
        private Tier draftOnGrantOf;
        private ScheduleConfiguration configuration = new ScheduleConfiguration(new TreeMap<>());

        private Builder(String id, RegionCode region) {
            this.id = id;
            this.region = region;
        }

        public Builder name(String zh, String en) {
            this.name = BilingualText.of(zh, en);
            return this;
        }

        public Builder legalBasis(String zh, String en) {
            this.legalBasis = BilingualText.of(zh, en);
            return this;
        }

        public Builder purposes(String... purposes) {
            this.purposes = Set.of(purposes);
            return this;
        }

        public Builder window(ApplicationWindow window) {
            this.window = window;
            return this;
        }

        public Builder form(FieldSpec... fields) {
            this.form = ApplicationForm.of(fields);
            return this;
        }

        public Builder documents(RequiredDocument... documents) {
            this.documents = List.of(documents);
            return this;
        }

        public Builder conditions(Condition... conditions) {
            this.conditions = List.of(conditions);
            return this;
        }

        public Builder amount(AmountRule amount) {
            this.amount = amount;
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = limits;
            return this;
        }

        public Builder instalments(InstalmentTerms instalments) {
            this.instalments = instalments;
            return this;
        }

        public Builder draftOnGrantOf(Tier tier) {
            this.draftOnGrantOf = tier;
            return this;
        }

        public Builder configuration(ScheduleConfiguration configuration) {
            this.configuration = configuration;
            return this;
        }

        public ScheduleDefinition build() {
            return new ScheduleDefinition(id, region, name, legalBasis, purposes, window, form, documents, conditions,
                    amount, limits, instalments, draftOnGrantOf, configuration);
        }
    }
}
