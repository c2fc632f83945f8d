package org.cultivar.subsidy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.audit.AuditEvent;
import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CertificationRegistry;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.PayeeAccounts;
import org.cultivar.subsidy.api.payment.VerifiedAccount;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Payee accounts per enterprise, verified by a clerk of its region, with history. DESIGN.md
 * places them in the registry, whose API has none yet; until it does the engine keeps them.
 */
@Component(service = PayeeAccounts.class)
public class PayeeAccountBook implements PayeeAccounts {

    private static final String COLUMNS = "credit_code, account_number, account_name, bank_name, cnaps_code, verified_by,"
            + " verified_at, superseded_at";

    private final EngineContext engine;
    private final CertificationRegistry registry;

    @Activate
    public PayeeAccountBook(@Reference Transactions transactions, @Reference AuditTrail auditTrail, @Reference SubsidyEvents events,
                            @Reference CertificationRegistry registry,
                            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.subsidy)") Schema schema) {
        this(new EngineContext(transactions, auditTrail, events, Clock.systemUTC()), registry);
    }

    PayeeAccountBook(EngineContext engine, CertificationRegistry registry) {
        this.engine = engine;
        this.registry = registry;
    }

    @Override
    public VerifiedAccount verify(Actor actor, CreditCode enterprise, BankAccount account) {
        Authority.requireClerk(actor);
        List<FieldProblem> problems = PayeeAccountRules.problems(account);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        BankAccount stripped = new BankAccount(account.accountNumber(), account.accountName().strip(),
                account.bankName().strip(), account.cnapsCode());
        return engine.transactions().required(c -> {
            Enterprise known = known(enterprise);
            Authority.requireScope(actor, known.region());
            java.time.Instant now = engine.now();
            Jdbc.update(c, "UPDATE subsidy_payee_account SET superseded_at = ? WHERE credit_code = ? AND superseded_at IS NULL",
                    now, enterprise.value());
            Jdbc.insert(c, "INSERT INTO subsidy_payee_account (credit_code, account_number, account_name, bank_name, cnaps_code,"
                            + " verified_by, verified_at) VALUES (?, ?, ?, ?, ?, ?, ?)", enterprise.value(), stripped.accountNumber(),
                    stripped.accountName(), stripped.bankName(), stripped.cnapsCode(), actor.userId(), now);
            engine.audit().record(AuditEvent.of(actor, "payee-account.verified", "enterprise", enterprise.value())
                    .withRegion(known.region().code()).withChange(null, AuditJson.object("accountNumber", stripped.accountNumber(),
                            "accountName", stripped.accountName(), "bankName", stripped.bankName(), "cnaps", stripped.cnapsCode())));
            return current(c, enterprise).map(found -> verified(enterprise, found, actor.userId(), now)).orElseThrow();
        });
    }

    @Override
    public Optional<VerifiedAccount> current(Actor actor, CreditCode enterprise) {
        return history(actor, enterprise).stream().filter(VerifiedAccount::current).findFirst();
    }

    @Override
    public List<VerifiedAccount> history(Actor actor, CreditCode enterprise) {
        Authority.requireReader(actor);
        Authority.requireScope(actor, known(enterprise).region());
        return engine.transactions().required(c -> Jdbc.list(c, "SELECT " + COLUMNS + " FROM subsidy_payee_account"
                + " WHERE credit_code = ? ORDER BY verified_at DESC, superseded_at DESC", PayeeAccountBook::verified,
                enterprise.value()));
    }

    private Enterprise known(CreditCode enterprise) {
        return registry.enterprise(enterprise)
                .orElseThrow(() -> new InvalidInputException("enterprise", "统一社会信用代码为 " + enterprise.value() + " 的企业尚未登记。",
                        enterprise.value() + " is not in the registry"));
    }

    private static VerifiedAccount verified(CreditCode enterprise, BankAccount account, String by, java.time.Instant at) {
        return new VerifiedAccount(enterprise, account, by, at, null);
    }

    private static VerifiedAccount verified(ResultSet row) throws SQLException {
        return new VerifiedAccount(CreditCode.overridingCheck(row.getString("credit_code")), account(row),
                row.getString("verified_by"), Jdbc.instant(row, "verified_at"),
                row.getTimestamp("superseded_at") == null ? null : Jdbc.instant(row, "superseded_at"));
    }

    private static BankAccount account(ResultSet row) throws SQLException {
        return new BankAccount(row.getString("account_number"), row.getString("account_name"), row.getString("bank_name"),
                row.getString("cnaps_code"));
    }

    /** The enterprise's current verified account. */
    static Optional<BankAccount> current(Connection c, CreditCode enterprise) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM subsidy_payee_account WHERE credit_code = ? AND superseded_at IS NULL",
                PayeeAccountBook::account, enterprise.value());
    }
}
