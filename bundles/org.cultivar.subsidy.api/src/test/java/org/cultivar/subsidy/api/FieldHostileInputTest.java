package org.cultivar.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cultivar.core.api.testing.HostileInputs;
import org.cultivar.core.api.testing.Printable;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input corpus entered into every kind of field: either a value the field's
 * constraints allow or a refusal naming the field in one short, printable line.
 */
class FieldHostileInputTest {

    private static final LocalDate APPLIED = LocalDate.of(2025, 6, 1);
    private static final BilingualText LABEL = BilingualText.of("标签", "Label");
    private static final List<FieldSpec> FIELDS = List.of(
            MoneyField.required("amount", LABEL, Fixtures.millions("2")),
            new IntegerField("count", LABEL, true, 0, 1_000_000),
            new DateField("day", LABEL, true, LocalDate.of(2000, 1, 1), true),
            new ChoiceField("choice", LABEL, true, List.of(new ChoiceField.Choice("industrial", LABEL))),
            new YesNoField("yesNo", LABEL, true),
            new TextField("text", LABEL, true, 200));

    @TestFactory
    Stream<DynamicTest> everyFieldReadsTheValueOrNamesItselfInOneShortLine() {
        return HostileInputs.dynamicTests(hostile -> {
            for (FieldSpec field : FIELDS) {
                ApplicationForm form = ApplicationForm.of(field);
                Map<String, String> entered = hostile.value() == null ? Map.of() : Map.of(field.key(), hostile.value());
                Object[] read = new Object[1];
                Throwable refused = catchThrowable(() -> read[0] = form.read(entered, APPLIED));
                if (refused == null) {
                    assertThat(read[0]).isInstanceOf(FormValues.class);
                    continue;
                }
                assertThat(refused).isExactlyInstanceOf(InvalidInputException.class);
                List<FieldProblem> problems = ((InvalidInputException) refused).problems();
                assertThat(problems).singleElement().extracting(FieldProblem::field).isEqualTo(field.key());
                assertThat(Printable.isOneShortLine(refused.getMessage()))
                        .as("%s: one short line: %s", field.key(), Printable.of(refused.getMessage(), Printable.LONGEST_MESSAGE))
                        .isTrue();
            }
        });
    }
}
