package org.cultivar.web.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.math.BigDecimal;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.ScienceAward;
import org.cultivar.registry.api.YearlyFigures;
import org.cultivar.web.security.CurrentActor;
import org.cultivar.web.shell.RefusalText;

/**
 * Records a new revision of one year's figures. Amounts are typed in yuan and become
 * {@link Money} exactly; an empty field means "not reported", which criteria show as "no data".
 */
class FiguresDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Form state for the binder. */
    static final class FiguresForm {
        Integer fiscalYear = RegistryLabels.today().getYear() - 1;
        Integer employees;
        Integer rdStaff;
        Money revenue;
        Money mainBusinessRevenue;
        Money totalAssets;
        Money totalLiabilities;
        Money rdExpense;
        Money netProfit;
        Money newEquityFinancing;
        Integer classOneIp;
        Integer otherIp;
        BigDecimal marketSharePercent;
        Integer yearsInSegment;
        ScienceAward scienceAward;
        String source = "";

        YearlyFigures figures() {
            return new YearlyFigures(fiscalYear, employees, rdStaff, revenue, mainBusinessRevenue, totalAssets, totalLiabilities,
                    rdExpense, netProfit, newEquityFinancing, classOneIp, otherIp, marketSharePercent, yearsInSegment, scienceAward);
        }
    }

    private final Binder<FiguresForm> binder = new Binder<>();
    private final FieldProblems problems = new FieldProblems();
    private final FormLayout layout = new FormLayout();

    FiguresDialog(RegistryEditor editor, CreditCode creditCode, Runnable recorded) {
        setHeaderTitle(RegistryLabels.text("registry.figures.record"));
        setWidth("48em");
        IntegerField year = new IntegerField(RegistryLabels.text("registry.figures.year"));
        year.setId("figures-year");
        int thisYear = RegistryLabels.today().getYear();
        binder.forField(year).asRequired(RegistryLabels.text("registry.figures.yearRequired"))
                .withValidator(y -> y >= 1978 && y <= thisYear, RegistryLabels.text("registry.figures.yearRange", String.valueOf(thisYear)))
                .bind(f -> f.fiscalYear, (f, v) -> f.fiscalYear = v);
        layout.add(year);
        problems.field("fiscalYear", year);
        count("employees", f -> f.employees, (f, v) -> f.employees = v);
        count("rdStaff", f -> f.rdStaff, (f, v) -> f.rdStaff = v);
        amount("revenue", false, f -> f.revenue, (f, v) -> f.revenue = v);
        amount("mainBusinessRevenue", false, f -> f.mainBusinessRevenue, (f, v) -> f.mainBusinessRevenue = v);
        amount("totalAssets", false, f -> f.totalAssets, (f, v) -> f.totalAssets = v);
        amount("totalLiabilities", false, f -> f.totalLiabilities, (f, v) -> f.totalLiabilities = v);
        amount("rdExpense", false, f -> f.rdExpense, (f, v) -> f.rdExpense = v);
        amount("netProfit", true, f -> f.netProfit, (f, v) -> f.netProfit = v);
        amount("newEquityFinancing", false, f -> f.newEquityFinancing, (f, v) -> f.newEquityFinancing = v);
        count("classOneIp", f -> f.classOneIp, (f, v) -> f.classOneIp = v);
        count("otherIp", f -> f.otherIp, (f, v) -> f.otherIp = v);
        BigDecimalField share = new BigDecimalField(RegistryLabels.text("registry.figures.marketSharePercent"));
        share.setId("figures-marketSharePercent");
        binder.forField(share).withValidator(v -> v == null || v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0,
                RegistryLabels.text("registry.figures.percentRange")).bind(f -> f.marketSharePercent, (f, v) -> f.marketSharePercent = v);
        layout.add(share);
        problems.field("marketSharePercent", share);
        count("yearsInSegment", f -> f.yearsInSegment, (f, v) -> f.yearsInSegment = v);
        ComboBox<ScienceAward> award = new ComboBox<>(RegistryLabels.text("registry.figures.scienceAward"));
        award.setId("figures-scienceAward");
        award.setItems(ScienceAward.values());
        award.setItemLabelGenerator(a -> RegistryLabels.text("registry.award." + a.name()));
        binder.forField(award).bind(f -> f.scienceAward, (f, v) -> f.scienceAward = v);
        TextField source = new TextField(RegistryLabels.text("registry.figures.source"));
        source.setId("figures-source");
        source.setHelperText(RegistryLabels.text("registry.figures.sourceHelp"));
        binder.forField(source).bind(f -> f.source, (f, v) -> f.source = v);
        layout.add(award, source);
        problems.field("scienceAward", award).field("source", source);
        FiguresForm form = new FiguresForm();
        binder.setBean(form);
        add(layout);

        Button save = new Button(RegistryLabels.text("registry.save"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                editor.recordFigures(CurrentActor.require(), creditCode, form.figures(),
                        form.source.isBlank() ? null : form.source.strip());
                Refusals.success(RegistryLabels.text("registry.figures.recorded.notice", String.valueOf(form.fiscalYear)));
                close();
                recorded.run();
            } catch (InvalidInputException refused) {
                problems.show(refused);
            } catch (AccessDeniedException refused) {
                Refusals.show(RefusalText.of(refused));
            }
        });
        save.setId("save-figures");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(RegistryLabels.text("common.cancel"), e -> close()), save);
    }

    private void count(String name, SerializableFunction<FiguresForm, Integer> getter, SerializableBiConsumer<FiguresForm, Integer> setter) {
        IntegerField field = new IntegerField(RegistryLabels.text("registry.figures." + name));
        field.setId("figures-" + name);
        binder.forField(field).withValidator(v -> v == null || v >= 0, RegistryLabels.text("registry.figures.notNegative"))
                .bind(getter::apply, setter::accept);
        layout.add(field);
        problems.field(name, field);
    }

    private void amount(String name, boolean mayBeNegative, SerializableFunction<FiguresForm, Money> getter,
                        SerializableBiConsumer<FiguresForm, Money> setter) {
        TextField field = new TextField(RegistryLabels.text("registry.figures." + name));
        field.setId("figures-" + name);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(RegistryLabels.text("registry.yuan")));
        field.setHelperText(RegistryLabels.text("registry.figures.amountHelp"));
        binder.forField(field).withConverter(new MoneyConverter())
                .withValidator(v -> v == null || mayBeNegative || !v.isNegative(), RegistryLabels.text("registry.figures.notNegative"))
                .bind(getter::apply, setter::accept);
        layout.add(field);
        problems.field(name, field);
    }
}
