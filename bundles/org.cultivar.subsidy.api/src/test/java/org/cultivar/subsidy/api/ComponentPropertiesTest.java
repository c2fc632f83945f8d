package org.cultivar.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.cultivar.registry.api.Tier;
import org.junit.jupiter.api.Test;

class ComponentPropertiesTest {

    @interface Example {
        String payer_cnapsCode();

        String tax__code() default "none";

        String[] bands() default {};

        int days() default 3;

        boolean topUp() default true;

        Tier tier() default Tier.SPECIALIZED_SME;
    }

    @Test
    void namesPropertiesAsDeclarativeServicesDoes() throws NoSuchMethodException {
        assertThat(ComponentProperties.propertyName(Example.class.getMethod("payer_cnapsCode"))).isEqualTo("payer.cnapsCode");
        assertThat(ComponentProperties.propertyName(Example.class.getMethod("tax__code"))).isEqualTo("tax_code");
    }

    @Test
    void readsConfigurationTextAsTheMethodsTypes() {
        Example example = ComponentProperties.as(Example.class, Map.of("payer.cnapsCode", "102581000013",
                "bands", "1:2, 3:4", "days", " 7", "topUp", "false", "tier", "LITTLE_GIANT"));

        assertThat(example.payer_cnapsCode()).isEqualTo("102581000013");
        assertThat(example.bands()).containsExactly("1:2", "3:4");
        assertThat(example.days()).isEqualTo(7);
        assertThat(example.topUp()).isFalse();
        assertThat(example.tier()).isEqualTo(Tier.LITTLE_GIANT);
        assertThat(example.tax__code()).as("the default").isEqualTo("none");
        assertThat(ComponentProperties.as(Example.class, Map.of("bands", new String[] {"5:6"})).bands()).containsExactly("5:6");
    }

    @Test
    void aValueThatDoesNotConvertNamesItsProperty() {
        Example example = ComponentProperties.as(Example.class, Map.of("days", "three"));

        assertThatThrownBy(example::days).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
    }
}
