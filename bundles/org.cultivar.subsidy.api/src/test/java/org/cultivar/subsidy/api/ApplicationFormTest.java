package org.cultivar.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cultivar.subsidy.api.Fixtures.millions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApplicationFormTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private static final BilingualText LABEL = BilingualText.of("标签", "Label");

    private final ApplicationForm form = ApplicationForm.of(
            MoneyField.required("claimedRent", LABEL, millions("2")),
            new IntegerField("employees", LABEL, false, 1, 100_000),
            new DateField("relocatedOn", LABEL, false, LocalDate.of(2020, 1, 1), true),
            new ChoiceField("landUse", LABEL, false, List.of(new ChoiceField.Choice("industrial", LABEL),
                    new ChoiceField.Choice("office", LABEL))),
            new YesNoField("catalogueListed", LABEL, false),
            new TextField("remarks", LABEL, false, 20));

    @Test
    void readsEveryTypeOfField() {
        FormValues values = form.read(Map.of("claimedRent", " 1,234,567.8 ", "employees", "250", "relocatedOn", "2024-03-01",
                "landUse", "industrial", "catalogueListed", "TRUE", "remarks", "  厂房租金\n2024  "), APPLIED);

        assertThat(values.money("claimedRent")).contains(Money.parse("1234567.80"));
        assertThat(values.integer("employees")).contains(250L);
        assertThat(values.date("relocatedOn")).contains(LocalDate.of(2024, 3, 1));
        assertThat(values.choice("landUse")).contains("industrial");
        assertThat(values.yesNo("catalogueListed")).contains(true);
        assertThat(values.text("remarks")).contains("厂房租金\n2024");
    }

    @Test
    void aBlankOptionalFieldHasNoValue() {
        FormValues values = form.read(Map.of("claimedRent", "100", "employees", "  "), APPLIED);

        assertThat(values.integer("employees")).isEmpty();
        assertThat(values.date("relocatedOn")).isEmpty();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> form.read(Map.of(
                "claimedRent", "-5", "employees", "0", "relocatedOn", "2025-06-02", "landUse", "farm",
                "catalogueListed", "maybe", "remarks", "x".repeat(21), "bonus", "1"), APPLIED));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "\"bonus\"", "claimedRent", "employees", "relocatedOn", "landUse", "catalogueListed", "remarks");
        assertThat(refused.problems()).extracting(FieldProblem::toString).contains(
                "\"bonus\": is not a field of this form",
                "claimedRent: CNY -5.00 is below the minimum of CNY 0.00",
                "employees: 0 is outside 1 to 100000",
                "relocatedOn: 2025-06-02 is after the application date 2025-06-01",
                "landUse: \"farm\" is not one of industrial, office",
                "catalogueListed: \"maybe\" is neither true nor false",
                "remarks: has 21 characters; at most 20 are allowed");
    }

    @Test
    void aRequiredFieldMustBeGiven() {
        assertThatThrownBy(() -> form.read(Map.of(), APPLIED)).isInstanceOf(InvalidInputException.class)
                .hasMessage("claimedRent: is required");
    }

    @Test
    void clerksReadEveryRefusalInChinese() {
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class, () -> form.read(Map.of(), APPLIED));
        assertThat(missing.message(true)).isEqualTo("claimedRent：为必填项。");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> form.read(Map.of(
                "claimedRent", "-5", "employees", "0", "relocatedOn", "2025-06-02", "landUse", "farm",
                "catalogueListed", "maybe", "remarks", "x".repeat(21), "bonus", "1"), APPLIED));
        assertThat(refused.problems()).extracting(FieldProblem::messageZh).doesNotContainNull().contains(
                "本申请表没有此字段。",
                "-5.00元 低于下限 0.00元。",
                "0 不在 1 至 100000 的范围内。",
                "2025-06-02 晚于申请日期 2025-06-01。",
                "“farm” 不是可选项之一（可选：industrial、office）。",
                "“maybe” 须为 true 或 false。",
                "共 21 个字符，最多允许 20 个。");
    }

    @Test
    void everyTypeOfFieldRefusesTerribleTextInChineseToo() {
        Map<String, String> terrible = Map.of("claimedRent", "1e9\u202E", "employees", "many", "relocatedOn", "01/03/2024",
                "landUse", "\u0000".repeat(50), "catalogueListed", "?", "remarks", "a\u202Eb");
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> form.read(terrible, APPLIED));

        assertThat(refused.problems()).hasSize(6).allSatisfy(problem -> assertThat(problem.messageZh()).isNotBlank());
        assertThat(refused.problems()).extracting(FieldProblem::messageZh).contains(
                "“" + "\\u0000".repeat(40) + "”…（共 50 个字符） 不是可选项之一（可选：industrial、office）。",
                "含有不可见字符 \\u202E。");
    }

    @Test
    void refusesMoreDecimalsThanTheFieldAllowsRatherThanRounding() {
        assertThatThrownBy(() -> form.read(Map.of("claimedRent", "100.005"), APPLIED))
                .hasMessage("claimedRent: 100.005 has more than 2 decimals");
        MoneyField wholeYuan = new MoneyField("investment", LABEL, true, Money.ZERO, millions("100000"), 0);
        assertThatThrownBy(() -> ApplicationForm.of(wholeYuan).read(Map.of("investment", "10.5"), APPLIED))
                .hasMessage("investment: 10.5 has more than 0 decimals");
        assertThat(wholeYuan.read("10.00", APPLIED)).isEqualTo(Money.parse("10"));
    }

    @Test
    void refusesValuesBeyondTheCapAndAbsurdAmounts() {
        assertThatThrownBy(() -> form.read(Map.of("claimedRent", "2000000.01"), APPLIED))
                .hasMessage("claimedRent: CNY 2,000,000.01 is above the maximum of CNY 2,000,000.00");
        assertThatThrownBy(() -> form.read(Map.of("claimedRent", "1e9"), APPLIED))
                .hasMessage("claimedRent: \"1e9\" is not an amount of yuan");
        assertThatThrownBy(() -> form.read(Map.of("claimedRent", "9".repeat(30)), APPLIED))
                .hasMessageStartingWith("claimedRent: \"999999999999999999999999999999\" is not an amount of yuan");
    }

    @Test
    void refusesImpossibleDatesAndOtherNotations() {
        assertThatThrownBy(() -> form.read(Map.of("claimedRent", "1", "relocatedOn", "2024-02-30"), APPLIED))
                .hasMessage("relocatedOn: \"2024-02-30\" is not a date written as yyyy-MM-dd");
        assertThatThrownBy(() -> form.read(Map.of("claimedRent", "1", "relocatedOn", "01/03/2024"), APPLIED))
                .hasMessage("relocatedOn: \"01/03/2024\" is not a date written as yyyy-MM-dd");
        assertThatThrownBy(() -> form.read(Map.of("claimedRent", "1", "relocatedOn", "2019-12-31"), APPLIED))
                .hasMessage("relocatedOn: 2019-12-31 is before 2020-01-01");
    }

    @Test
    void refusesTextThatHidesOrReordersWhatAnAuditorReads() {
        assertThatThrownBy(() -> form.read(Map.of("claimedRent", "1", "remarks", "abc\u202Edef"), APPLIED))
                .hasMessage("remarks: contains the invisible character \\u202E");
        assertThatThrownBy(() -> form.read(Map.of("claimedRent", "1", "remarks", "a\u0000b"), APPLIED))
                .hasMessage("remarks: contains the invisible character \\u0000");
        assertThat(form.read(Map.of("claimedRent", "1", "remarks", "<script>x</script>"), APPLIED).text("remarks"))
                .as("markup is text: the UI escapes it").contains("<script>x</script>");
    }

    @Test
    void aFormDeclaresEachKeyOnce() {
        assertThatThrownBy(() -> ApplicationForm.of(new YesNoField("a", LABEL, false), new TextField("a", LABEL, false, 5)))
                .hasMessage("The form declares the field a twice");
        assertThatThrownBy(() -> new YesNoField("bad key", LABEL, false))
                .hasMessage("A field key must be a camelCase identifier, not \"bad key\"");
    }

    @Test
    void fieldConstraintsThemselvesAreChecked() {
        assertThatThrownBy(() -> new MoneyField("a", LABEL, true, millions("2"), millions("1"), 2))
                .hasMessageContaining("0 ≤ min ≤ max");
        assertThatThrownBy(() -> new MoneyField("a", LABEL, true, Money.ZERO, millions("1"), 3))
                .hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> new IntegerField("a", LABEL, true, 5, 4)).hasMessageContaining("max is below min");
        assertThatThrownBy(() -> new ChoiceField("a", LABEL, true, List.of())).hasMessageContaining("at least one choice");
        assertThatThrownBy(() -> new TextField("a", LABEL, true, 0)).hasMessageContaining("maxLength");
    }
}
