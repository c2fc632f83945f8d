package org.cultivar.reports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cultivar.core.api.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CapitalNumeralsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2000000.00        | 贰佰万元整
            1000005.07        | 壹佰万零伍元零柒分
            0.50              | 伍角
            10.00             | 壹拾元整
            100000000         | 壹亿元整
            0.00              | 零元整
            0.01              | 壹分
            0.07              | 柒分
            0.99              | 玖角玖分
            1.00              | 壹元整
            1.05              | 壹元零伍分
            1.50              | 壹元伍角
            1.55              | 壹元伍角伍分
            11.00             | 壹拾壹元整
            15.00             | 壹拾伍元整
            20.00             | 贰拾元整
            101.00            | 壹佰零壹元整
            110.00            | 壹佰壹拾元整
            1001.00           | 壹仟零壹元整
            1010.00           | 壹仟零壹拾元整
            1100.00           | 壹仟壹佰元整
            1680.32           | 壹仟陆佰捌拾元叁角贰分
            9999.99           | 玖仟玖佰玖拾玖元玖角玖分
            10000.00          | 壹万元整
            10001.00          | 壹万零壹元整
            10010.00          | 壹万零壹拾元整
            10100.00          | 壹万零壹佰元整
            11000.00          | 壹万壹仟元整
            100000.00         | 壹拾万元整
            105000.00         | 壹拾万伍仟元整
            1050000.00        | 壹佰零伍万元整
            10005000.00       | 壹仟万伍仟元整
            10000500.00       | 壹仟万零伍佰元整
            99999999.99       | 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分
            100000001.00      | 壹亿零壹元整
            100010000.00      | 壹亿零壹万元整
            100100000.00      | 壹亿零壹拾万元整
            110000000.00      | 壹亿壹仟万元整
            1000000000.00     | 壹拾亿元整
            1234567890.12     | 壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分
            300000000000.00   | 叁仟亿元整
            1000000000000.00  | 壹万亿元整
            1000100000000.00  | 壹万零壹亿元整
            1000000000001.00  | 壹万亿零壹元整
            10000000000000000 | 壹亿亿元整
            99999999999999999.99 | 玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分
            """)
    void writesTheAmountInCapitals(String figures, String capitals) {
        assertThat(CapitalNumerals.of(Money.parse(figures))).isEqualTo(capitals);
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> CapitalNumerals.of(Money.parse("-0.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.01");
    }

    @Test
    void refusesNothing() {
        assertThatThrownBy(() -> CapitalNumerals.of(null)).isInstanceOf(NullPointerException.class);
    }
}
