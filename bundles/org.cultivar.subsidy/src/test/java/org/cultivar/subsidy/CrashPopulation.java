package org.cultivar.subsidy;

import static org.cultivar.subsidy.EngineFixture.GUANGZHOU;
import static org.cultivar.subsidy.EngineFixture.TODAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cultivar.core.api.money.Money;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Sector;
import org.cultivar.registry.api.Tier;
import org.cultivar.subsidy.api.ApplicationInput;
import org.cultivar.subsidy.api.BilingualText;
import org.cultivar.subsidy.api.MoneyField;
import org.cultivar.subsidy.api.ScheduleDefinition;
import org.cultivar.subsidy.api.SubsidySchedule;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.rules.ClaimedAmount;
import org.cultivar.subsidy.api.rules.TitleHeld;

/**
 * The firms of the crash test and what each claims: the same list in every process (the test
 * that prepares the database and each worker that rebuilds the in-memory registry), because it
 * is derived from a fixed seed. Amounts run from CNY 1,000.00 to 2,000,000.00 with arbitrary fen,
 * so a payout counted twice or lost shows in the totals.
 */
final class CrashPopulation {

    static final String SCHEDULE = "guangzhou.crash-test-grant";
    static final int FISCAL_YEAR = TODAY.getYear();
    private static final long SEED = 20260302L;

    private final List<Money> claims;

    CrashPopulation(int firms) {
        Random random = new Random(SEED);
        List<Money> amounts = new ArrayList<>(firms);
        for (int n = 1; n <= firms; n++) {
            amounts.add(Money.ofFen(100_000L + random.nextInt(199_900_001)));
        }
        this.claims = List.copyOf(amounts);
    }

    int size() {
        return claims.size();
    }

    /** Firm n's claim, n from 1. */
    Money claim(int n) {
        return claims.get(n - 1);
    }

    /** The sum of every approved amount, added exactly. */
    BigDecimal total() {
        return claims.stream().map(Money::yuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static CreditCode firm(int n) {
        return EngineFixture.code(n, "440100");
    }

    static BankAccount payeeAccount(int n) {
        return new BankAccount("62220200" + String.format("%08d", n), "广州企业" + n, "中国银行广州分行", "104581000011");
    }

    /** A claimed grant paid in one tranche, for Specialized SMEs and above. */
    static SubsidySchedule schedule() {
        ScheduleDefinition definition = ScheduleDefinition.builder(SCHEDULE, GUANGZHOU).name("崩溃测试补助", "Crash test grant")
                .legalBasis("测试", "Test").purposes("crash-test")
                .form(MoneyField.required("claimed", BilingualText.of("申请金额", "Claimed"), Money.ofYuan(new BigDecimal("2000000"))))
                .conditions(TitleHeld.atLeast(Tier.SPECIALIZED_SME)).amount(new ClaimedAmount("claimed"))
                .build();
        return () -> definition;
    }

    /** Every firm and its Specialized SME title, as the registry holds them. */
    InMemoryRegistry registry() {
        InMemoryRegistry registry = new InMemoryRegistry();
        for (int n = 1; n <= size(); n++) {
            CreditCode code = firm(n);
            registry.enterprise(new Enterprise(code, "广州企业" + n, null, GUANGZHOU, Sector.ROBOTICS_AND_CNC, null, false));
            registry.grant(n, code, Tier.SPECIALIZED_SME, LocalDate.of(2025, 1, 10));
        }
        return registry;
    }

    ApplicationInput application(int n) {
        return new ApplicationInput(firm(n), TODAY, Map.of("claimed", claim(n).yuan().toPlainString()));
    }
}
