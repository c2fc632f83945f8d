package org.cultivar.web.subsidy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.cultivar.subsidy.api.process.ConflictException;
import org.junit.jupiter.api.Test;

class ApplicationDetailViewTest extends SubsidyUiTest {

    private void open() {
        engine.applications.add(SubsidyFixtures.awaitingReview(42));
        UI.getCurrent().navigate("subsidies/application/42");
    }

    @Test
    void theRecorderIsOfferedNoDecisionOnTheirOwnApplication() {
        signIn(SubsidyFixtures.CLERK);
        open();
        assertThat(_find(Button.class, spec -> spec.withId("approve-application"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("self-approval-note"))).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withId("assessment-amount")).getText()).contains("500,000.00", "50 万元");
    }

    @Test
    void aDecisionThatLostTheRaceSaysSoAndOffersAReload() {
        engine.decideRefusal = () -> new ConflictException("Application 42 changed meanwhile");
        signIn(SubsidyFixtures.OTHER_CLERK);
        open();
        _click(_get(Button.class, spec -> spec.withId("approve-application")));
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("conflict-message")).getText())
                .startsWith("其他人已先处理").contains("Application 42 changed meanwhile");
        assertThat(_find(Button.class, spec -> spec.withId("reload-application"))).hasSize(1);
    }

    @Test
    void anAuditorSeesTheCalculationButNoActions() {
        signIn(SubsidyFixtures.AUDITOR);
        open();
        assertThat(_find(Button.class)).extracting(button -> button.getId().orElse(""))
                .noneMatch(id -> id.endsWith("-application"));
        assertThat(_find(Span.class, spec -> spec.withId("assessment-amount"))).hasSize(1);
    }
}
