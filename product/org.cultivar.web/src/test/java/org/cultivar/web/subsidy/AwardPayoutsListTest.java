package org.cultivar.web.subsidy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.process.Payout;
import org.cultivar.subsidy.api.process.Payouts;
import org.junit.jupiter.api.Test;

class AwardPayoutsListTest extends SubsidyUiTest {

    private final List<String> calls = new ArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();

    private final Payouts service = new Payouts() {
        @Override
        public Optional<Payout> payout(Actor actor, long payoutId) {
            return Optional.empty();
        }

        @Override
        public List<Payout> ofAward(Actor actor, long awardId) {
            return List.of();
        }

        @Override
        public List<Payout> worklist(Actor actor, Payout.Status status, int offset, int limit) {
            return List.of();
        }

        @Override
        public Payout recordReview(Actor actor, long payoutId, long expectedVersion, boolean passed, String reason) {
            calls.add("review " + payoutId + "@" + expectedVersion + " " + passed + " " + reason);
            return stored(payoutId, passed ? Payout.Status.READY : Payout.Status.CANCELLED, false, null);
        }

        @Override
        public Payout requeue(Actor actor, long payoutId, long expectedVersion) {
            calls.add("requeue " + payoutId + "@" + expectedVersion);
            return stored(payoutId, Payout.Status.READY, false, null);
        }
    };

    private static Payout stored(long id, Payout.Status status, boolean conditional, String holdReason) {
        return new Payout(id, 3, 9, SubsidyFixtures.SCHEDULE_ID, CreditCode.parse(SubsidyFixtures.CODE), (int) id,
                Money.parse("2000000.00"), 2026, conditional, status, holdReason, null);
    }

    private AwardPayoutsList show(Actor actor, Payout... payouts) {
        signIn(actor);
        AwardPayoutsList list = new AwardPayoutsList(List.of(payouts), actor, service, reloads::incrementAndGet);
        UI.getCurrent().add(list);
        return list;
    }

    @Test
    void theReasonReadsInChineseWhereTheEngineGaveItInChinese() {
        Payout held = new Payout(1, 3, 9, SubsidyFixtures.SCHEDULE_ID, CreditCode.parse(SubsidyFixtures.CODE), 1,
                Money.parse("2000000.00"), 2026, false, Payout.Status.HELD, "The enterprise has no verified payee account.", null,
                "该企业没有已核验的收款账户。");

        AwardPayoutsList list = show(SubsidyFixtures.CLERK, held);

        assertThat(list.getElement().getTextRecursively()).contains("该企业没有已核验的收款账户。").doesNotContain("verified");
    }

    @Test
    void aClerkPutsAHeldPayoutBackInTheQueueAndSeesWhyItWasHeld() {
        AwardPayoutsList list = show(SubsidyFixtures.CLERK, stored(1, Payout.Status.HELD, false, "no verified payee account"),
                stored(2, Payout.Status.PAID, false, null));

        assertThat(list.getElement().getTextRecursively()).contains("no verified payee account");
        assertThat(_find(list, Button.class, spec -> spec.withClasses("requeue-payout"))).as("only the held one").hasSize(1);
        _click(_get(list, Button.class, spec -> spec.withClasses("requeue-payout")));

        assertThat(calls).containsExactly("requeue 1@3");
        assertThat(reloads).hasValue(1);
    }

    @Test
    void anOfficialRecordsTheReviewOfAConditionalTrancheWithAReason() {
        AwardPayoutsList list = show(SubsidyFixtures.OFFICIAL, stored(3, Payout.Status.PLANNED, true, null));
        assertThat(_find(list, Button.class, spec -> spec.withClasses("requeue-payout"))).isEmpty();

        _click(_get(list, Button.class, spec -> spec.withClasses("review-failed")));
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        assertThat(calls).as("a failed review needs its reason").isEmpty();
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-comment")), "年度绩效评价不合格");
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));

        assertThat(calls).containsExactly("review 3@3 false 年度绩效评价不合格");
        assertThat(reloads).hasValue(1);
    }

    @Test
    void anAuditorSeesThePayoutsWithoutActions() {
        AwardPayoutsList list = show(SubsidyFixtures.AUDITOR, stored(1, Payout.Status.HELD, false, "title revoked"),
                stored(3, Payout.Status.PLANNED, true, null));
        assertThat(_find(list, Button.class)).isEmpty();
    }
}
