package org.cultivar.registry.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.cultivar.core.api.money.Money;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void showsValuesAsAClerkReadsThem() {
        assertThat(Display.percent(new BigDecimal("68.25"))).isEqualTo("68.3%");
        assertThat(Display.percent(new BigDecimal("68.2"))).isEqualTo("68.2%");
        assertThat(Display.money(Money.parse("45000000"))).isEqualTo("CNY 45,000,000");
        assertThat(Display.money(Money.parse("1234.5"))).isEqualTo("CNY 1,234.50");
        assertThat(Display.moneyBrief(Money.parse("1200000000"))).isEqualTo("CNY 1.20 bn");
        assertThat(Display.moneyBrief(Money.parse("450000000"))).isEqualTo("CNY 450.0 M");
        assertThat(Display.limit("≤", new BigDecimal("70.00"))).isEqualTo("≤ 70%");
        assertThat(Display.limit("≥", new BigDecimal("2.5"))).isEqualTo("≥ 2.5%");
        assertThat(Display.count(1450)).isEqualTo("1,450");
    }
}
