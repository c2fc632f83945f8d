package org.cultivar.web.subsidy;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import org.cultivar.core.api.money.Money;

/** Yuan as typed ("1,250,000.50") to {@link Money} through {@link Money#parse}, never through a double. */
class MoneyConverter implements Converter<String, Money> {
    private static final long serialVersionUID = 1L;

    @Override
    public Result<Money> convertToModel(String text, ValueContext context) {
        if (text == null || text.isBlank()) {
            return Result.ok(null);
        }
        try {
            return Result.ok(Money.parse(text));
        } catch (IllegalArgumentException notAnAmount) {
            return Result.error(SubsidyLabels.text("subsidy.form.moneyInvalid"));
        }
    }

    @Override
    public String convertToPresentation(Money money, ValueContext context) {
        return money == null ? "" : money.toString();
    }
}
