package org.cultivar.web.subsidy;

import org.cultivar.core.api.security.Actor;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.payment.PayeeAccounts;
import org.cultivar.subsidy.api.process.Applications;
import org.cultivar.subsidy.api.process.Approvals;
import org.cultivar.subsidy.api.process.Awards;
import org.cultivar.subsidy.api.process.Budgets;
import org.cultivar.subsidy.api.process.DisbursementBatches;
import org.cultivar.subsidy.api.process.Payouts;
import org.cultivar.subsidy.api.process.Recoveries;
import org.cultivar.web.EmbeddedFramework;
import org.cultivar.web.MockCultivar;
import org.junit.jupiter.api.AfterEach;

/** A subsidy view test: the in-memory engine registered as every process service, one schedule, and a signed-in user. */
abstract class SubsidyUiTest {

    final InMemorySubsidies engine = new InMemorySubsidies();
    final InMemoryPayeeAccounts payeeAccounts = new InMemoryPayeeAccounts();

    void signIn(Actor actor) {
        EmbeddedFramework.register(Applications.class, engine);
        EmbeddedFramework.register(Approvals.class, engine);
        EmbeddedFramework.register(Awards.class, engine);
        EmbeddedFramework.register(Payouts.class, engine);
        EmbeddedFramework.register(DisbursementBatches.class, engine);
        EmbeddedFramework.register(Budgets.class, engine);
        EmbeddedFramework.register(Recoveries.class, engine);
        EmbeddedFramework.register(SubsidySchedule.class, SubsidyFixtures::investmentSchedule);
        EmbeddedFramework.register(PayeeAccounts.class, payeeAccounts);
        MockCultivar.start(actor);
    }

    @AfterEach
    void stop() {
        MockCultivar.stop();
    }
}
