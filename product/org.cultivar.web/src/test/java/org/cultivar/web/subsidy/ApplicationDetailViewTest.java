package org.cultivar.web.subsidy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import org.cultivar.core.api.security.AccessDeniedException;
import org.cultivar.subsidy.api.process.ConflictException;
import org.junit.jupiter.api.Test;

class ApplicationDetailViewTest extends SubsidyUiTest {

    private static java.util.List<String> items(String listId) {
        return _get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId(listId)).getChildren()
                .map(item -> ((com.vaadin.flow.component.html.ListItem) item).getText()).toList();
    }

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
    void theSummaryNamesTheEnterpriseAndTheDocumentsAsTheChecklistDoes() {
        var recorded = SubsidyFixtures.awaitingReview(42);
        engine.applications.add(new org.cultivar.subsidy.api.process.Application(recorded.id(), recorded.version(), recorded.scheduleId(),
                recorded.region(), recorded.enterprise(), recorded.status(), recorded.assessment(), recorded.recordedBy(),
                recorded.recordedAt(), java.util.Set.of("auditReport", "letterOfIntent"), recorded.decisions()));
        signIn(SubsidyFixtures.OTHER_CLERK);
        UI.getCurrent().navigate("subsidies/application/42");

        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("application-enterprise")).getText())
                .isEqualTo("广州精工科技有限公司 · " + recorded.enterprise().value());
        assertThat(_get(Paragraph.class, spec -> spec.withId("application-documents")).getText())
                .as("the checklist's name; a key the schedule no longer lists stays readable").isEqualTo("已收材料：专项审计报告、letterOfIntent");
    }

    @Test
    void theParametersAndFormFieldsAreNamedAsTheScheduleNamesThem() {
        org.cultivar.web.EmbeddedFramework.register(org.cultivar.subsidy.api.process.ScheduleChanges.class, new InMemoryScheduleChanges());
        signIn(SubsidyFixtures.OTHER_CLERK);
        open();

        assertThat(items("assessment-parameters")).containsExactly("奖励比例（%） (rate)：10");
        assertThat(items("assessment-facts")).contains("技改投资额 (investment)：5000000.00");
    }

    @Test
    void inEnglishTheSummaryAndParametersUseEnglishNamesAndPunctuation() {
        org.cultivar.web.EmbeddedFramework.register(org.cultivar.subsidy.api.process.ScheduleChanges.class, new InMemoryScheduleChanges());
        var recorded = SubsidyFixtures.awaitingReview(42);
        engine.applications.add(new org.cultivar.subsidy.api.process.Application(recorded.id(), recorded.version(), recorded.scheduleId(),
                recorded.region(), recorded.enterprise(), recorded.status(), recorded.assessment(), recorded.recordedBy(),
                recorded.recordedAt(), java.util.Set.of("auditReport", "letterOfIntent"), recorded.decisions()));
        signIn(SubsidyFixtures.OTHER_CLERK);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("subsidies/application/42");

        assertThat(_get(Paragraph.class, spec -> spec.withId("application-documents")).getText())
                .isEqualTo("Documents received: Audit report, letterOfIntent");
        assertThat(items("assessment-parameters")).containsExactly("Rate (%) (rate): 10");
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
    void aRefusalOfWhoMayDecideIsShownInTheClerksLanguage() {
        engine.decideRefusal = () -> new AccessDeniedException("您已办理申请 42 的上一环节，下一环节须由他人办理。",
                "You already took a step on application 42; the next step needs another person.");
        signIn(SubsidyFixtures.OTHER_CLERK);
        open();
        _click(_get(Button.class, spec -> spec.withId("approve-application")));
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));

        NotificationsKt.expectNotifications("您已办理申请 42 的上一环节，下一环节须由他人办理。");
    }

    @Test
    void aClerkRecordsTheVerifiedPayeeAccountAndSeesWhatIsWrongOnTheField() {
        signIn(SubsidyFixtures.OTHER_CLERK);
        open();
        assertThat(_get(Paragraph.class, spec -> spec.withId("payee-account-none")).getText()).contains("暂缓");

        _click(_get(Button.class, spec -> spec.withId("record-payee-account")));
        _setValue(_get(TextField.class, spec -> spec.withId("payee-account-name")), "广州华科智能装备有限公司");
        _setValue(_get(TextField.class, spec -> spec.withId("payee-account-number")), "6222 0200-1234");
        _setValue(_get(TextField.class, spec -> spec.withId("payee-bank-name")), "中国银行广州天河支行");
        _setValue(_get(TextField.class, spec -> spec.withId("payee-cnaps")), "104581000011");
        _click(_get(Button.class, spec -> spec.withId("save-payee-account")));
        TextField number = _get(TextField.class, spec -> spec.withId("payee-account-number"));
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("must be 6 to 34 digits");
        assertThat(payeeAccounts.recorded).isEmpty();

        _setValue(number, "6222 0200 1234 5678");
        _click(_get(Button.class, spec -> spec.withId("save-payee-account")));

        assertThat(payeeAccounts.recorded).singleElement().satisfies(account ->
                assertThat(account.account().accountNumber()).as("grouping spaces removed").isEqualTo("6222020012345678"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("payee-account-current")).getText())
                .contains("广州华科智能装备有限公司", "6222020012345678", "104581000011");
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
