package org.cultivar.web.subsidy;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.cultivar.core.api.money.Money;
import org.cultivar.subsidy.api.process.BudgetPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BudgetsViewTest extends SubsidyUiTest {

    @BeforeEach
    void budget() {
        engine.positions.add(new BudgetPosition(SubsidyFixtures.SCHEDULE_ID, 2025, Money.parse("10000000.00"),
                Money.parse("2500000.00"), Money.parse("1500000.00"), Money.parse("100000.00")));
    }

    @Test
    void officialsSeeEachPositionAndMayAppropriate() {
        signIn(SubsidyFixtures.OFFICIAL);
        UI.getCurrent().navigate("subsidies/budgets");
        Grid<?> positions = _get(Grid.class, spec -> spec.withId("budget-positions"));
        assertThat(_size(positions)).isEqualTo(1);
        assertThat(_getFormattedRow(positions, 0)).contains("10,000,000.00", "2,500,000.00", "1,500,000.00", "6,100,000.00", "100,000.00");
        assertThat(_getFormattedRow(positions, 0).get(0)).as("the schedule by its name")
                .isEqualTo("广州市技改投资奖励");
        assertThat(_getCellComponent(positions, 0, "appropriate")).isInstanceOf(Button.class);
    }

    @Test
    void auditorsReadWithoutActions() {
        signIn(SubsidyFixtures.AUDITOR);
        UI.getCurrent().navigate("subsidies/budgets");
        Grid<?> positions = _get(Grid.class, spec -> spec.withId("budget-positions"));
        assertThat(_size(positions)).isEqualTo(1);
        assertThat(positions.getColumnByKey("appropriate")).isNull();
    }
}
