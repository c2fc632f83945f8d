package org.cultivar.web.registry;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cultivar.web.registry.RegistryFixtures.CLERK;
import static org.cultivar.web.registry.RegistryFixtures.CODE;
import static org.cultivar.web.registry.RegistryFixtures.GUANGZHOU;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.EnterpriseRow;
import org.cultivar.registry.api.RegionCatalogue;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.TitleStatus;
import org.cultivar.web.EmbeddedFramework;
import org.cultivar.web.MockCultivar;
import org.junit.jupiter.api.Test;

class RegistrySearchViewTest extends RegistryUiTest {

    private void withRows(long count) {
        registry.rows.add(new EnterpriseRow(CODE, "广州精工科技有限公司", GUANGZHOU, Sector.ROBOTICS_AND_CNC, Tier.SPECIALIZED_SME,
                TitleStatus.ACTIVE, LocalDate.of(2027, 11, 7), 2, true));
        registry.count = count;
    }

    @SuppressWarnings("unchecked")
    private Grid<EnterpriseRow> grid() {
        return _get(Grid.class, spec -> spec.withId("registry-grid"));
    }

    @Test
    void filtersBecomeTheQueryAndTheGridShowsTheRows() {
        withRows(1);
        signIn(CLERK);
        UI.getCurrent().navigate("registry");

        _setValue(_get(TextField.class, spec -> spec.withId("registry-search-text")), "精工");
        @SuppressWarnings("unchecked")
        ComboBox<RegionCatalogue.Region> region = _get(ComboBox.class, spec -> spec.withId("registry-search-region"));
        _setValue(region, RegionCatalogue.standard().find(GUANGZHOU).orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Tier> tier = _get(ComboBox.class, spec -> spec.withId("registry-search-tier"));
        _setValue(tier, Tier.SPECIALIZED_SME);

        assertThat(registry.queries).last()
                .isEqualTo(new EnterpriseQuery("精工", GUANGZHOU, null, Tier.SPECIALIZED_SME, null, null));
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(Span.class, spec -> spec.withText("共 1 家企业"))).isNotNull();
    }

    @Test
    void demoRowsCarryTheBadgeAndLargeCountsReadAsEstimates() {
        withRows(1_000_000);
        signIn(CLERK);
        UI.getCurrent().navigate("registry");

        assertThat(_get(Span.class, spec -> spec.withText("约 1,000,000 家企业"))).isNotNull();
        assertThat(_find(_getCellComponent(grid(), 0, "name"), DemoBadge.class)).hasSize(1);
    }

    @Test
    void auditorsSearchButRegisterNothing() {
        withRows(1);
        signIn(RegistryFixtures.AUDITOR);
        UI.getCurrent().navigate("registry");

        assertThat(_find(Button.class, spec -> spec.withId("register-enterprise"))).isEmpty();
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void withoutTheRegistryThePageSaysSo() {
        MockCultivar.start(CLERK);
        UI.getCurrent().navigate("registry");

        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("registry-unavailable"))).hasSize(1);
        EmbeddedFramework.clear();
    }
}
