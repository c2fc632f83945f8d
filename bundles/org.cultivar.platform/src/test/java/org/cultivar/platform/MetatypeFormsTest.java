package org.cultivar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

class MetatypeFormsTest {

    private static AttributeDefinition attribute(String id, int type, int cardinality, String max) {
        return attribute(id, id.toUpperCase(), type, cardinality, max);
    }

    private static AttributeDefinition attribute(String id, String name, int type, int cardinality, String max) {
        return new AttributeDefinition() {
            public String getName() { return name; }
            public String getID() { return id; }
            public String getDescription() { return ""; }
            public int getCardinality() { return cardinality; }
            public int getType() { return type; }
            public String[] getOptionValues() { return null; }
            public String[] getOptionLabels() { return null; }
            public String validate(String value) {
                return max != null && Long.parseLong(value) > Long.parseLong(max) ? "greater than " + max : "";
            }
            public String[] getDefaultValue() { return null; }
        };
    }

    private final AttributeDefinition[] definitions = {
        attribute("count", AttributeDefinition.INTEGER, 0, "10"),
        attribute("name", AttributeDefinition.STRING, 0, null),
        attribute("codes", AttributeDefinition.LONG, 5, null),
        attribute("enabled", AttributeDefinition.BOOLEAN, 0, null)
    };

    @Test
    void convertsTextToTypedValuesIncludingLists() {
        MetatypeForms.FieldErrors errors = new MetatypeForms.FieldErrors();
        Map<String, Object> values = MetatypeForms.convert(definitions, List.of(),
                Map.of("count", " 7 ", "name", "广州", "codes", "440100, 440300", "enabled", "true"), errors);
        assertThat(errors.english()).isEmpty();
        assertThat(values).containsEntry("count", 7).containsEntry("name", "广州").containsEntry("enabled", true);
        assertThat((Long[]) values.get("codes")).containsExactly(440100L, 440300L);
    }

    @Test
    void collectsEveryErrorByFieldAndConvertsNothingForThem() {
        MetatypeForms.FieldErrors errors = new MetatypeForms.FieldErrors();
        Map<String, Object> values = MetatypeForms.convert(definitions, List.of("name"),
                Map.of("count", "many", "name", "  ", "codes", "1,x", "enabled", "yes"), errors);
        assertThat(errors.english()).containsOnlyKeys("count", "name", "codes", "enabled");
        assertThat(errors.english().get("count")).isEqualTo("COUNT: \"many\" is not a whole number");
        assertThat(errors.english().get("name")).isEqualTo("NAME is required");
        assertThat(errors.english().get("enabled")).contains("neither true nor false");
        assertThat(errors.chinese()).containsOnlyKeys("count", "name", "codes", "enabled");
        assertThat(values).isEmpty();
    }

    @Test
    void appliesTheMetatypeValidation() {
        MetatypeForms.FieldErrors errors = new MetatypeForms.FieldErrors();
        MetatypeForms.convert(definitions, List.of(), Map.of("count", "11"), errors);
        assertThat(errors.english()).containsEntry("count", "COUNT: greater than 10");
    }

    @Test
    void aBilingualFieldIsRefusedInEachLanguageUnderItsOwnName() {
        AttributeDefinition[] schedule = {
            attribute("cap", "补贴上限（元）/ Cap (CNY)", AttributeDefinition.LONG, 0, null),
            attribute("payer", "付款账号 / Payer account number", AttributeDefinition.STRING, 0, null),
            attribute("open", "受理开始 / Applications open", AttributeDefinition.BOOLEAN, 0, null)
        };
        MetatypeForms.FieldErrors errors = new MetatypeForms.FieldErrors();
        MetatypeForms.convert(schedule, List.of("payer"), Map.of("cap", "五十万", "payer", " ", "open", "maybe"), errors);

        assertThat(errors.chinese()).containsEntry("cap", "补贴上限（元）：“五十万”不是整数")
                .containsEntry("payer", "付款账号为必填项")
                .containsEntry("open", "受理开始：“maybe”只能是 true 或 false");
        assertThat(errors.english()).containsEntry("cap", "Cap (CNY): \"五十万\" is not a whole number")
                .containsEntry("payer", "Payer account number is required");
        assertThat(errors.refusal().message(true)).startsWith("未保存：").contains("付款账号为必填项");
        assertThat(errors.refusal().fieldErrors(false)).isEqualTo(errors.english());
    }
}
