package org.cultivar.subsidy;

import java.sql.Connection;
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
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Payee accounts per enterprise, verified by a clerk of its region, with history. DESIGN.md
 * places them in the registry, whose API has none yet; until it does the engine keeps them.
 */
@Component(service = PayeeAccountBook.class)
public class PayeeAccountBook {

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

    /** Records the account as verified by the clerk; it replaces the enterprise's current one, which stays in the history. */
    public void verify(Actor actor, CreditCode enterprise, BankAccount account) {
        Authority.requireClerk(actor);
        List<FieldProblem> problems = PayeeAccountRules.problems(account);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        engine.transactions().required(c -> {
            Enterprise known = registry.enterprise(enterprise)
                    .orElseThrow(() -> new InvalidInputException("enterprise", enterprise.value() + " is not in the registry"));
            Authority.requireScope(actor, known.region());
            Jdbc.update(c, "UPDATE subsidy_payee_account SET superseded_at = ? WHERE credit_code = ? AND superseded_at IS NULL",
                    engine.now(), enterprise.value());
            Jdbc.insert(c, "INSERT INTO subsidy_payee_account (credit_code, account_number, account_name, bank_name, cnaps_code,"
                            + " verified_by, verified_at) VALUES (?, ?, ?, ?, ?, ?, ?)", enterprise.value(), account.accountNumber(),
                    account.accountName().strip(), account.bankName().strip(), account.cnapsCode(), actor.userId(), engine.now());
            engine.audit().record(AuditEvent.of(actor, "payee-account.verified", "enterprise", enterprise.value())
                    .withRegion(known.region().code()).withChange(null, AuditJson.object("accountNumber", account.accountNumber(),
                            "accountName", account.accountName(), "cnaps", account.cnapsCode())));
            return null;
        });
    }

    /** The current verified accounts of the enterprises that have one, by enterprise. */
    static java.util.Map<CreditCode, BankAccount> currentAll(Connection c, java.util.Collection<CreditCode> enterprises)
            throws SQLException {
        java.util.Map<CreditCode, BankAccount> found = new java.util.HashMap<>();
        if (!enterprises.isEmpty()) {
            Jdbc.list(c, "SELECT * FROM subsidy_payee_account WHERE superseded_at IS NULL AND credit_code IN ("
                    + Jdbc.placeholders(enterprises.size()) + ")", row -> found.putIfAbsent(CreditCode.overridingCheck(row.getString("credit_code")),
                    new BankAccount(row.getString("account_number"), row.getString("account_name"), row.getString("bank_name"),
                            row.getString("cnaps_code"))), enterprises.stream().map(CreditCode::value).toArray());
        }
        return found;
    }

    /** The enterprise's current verified account. */
    static Optional<BankAccount> current(Connection c, CreditCode enterprise) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM subsidy_payee_account WHERE credit_code = ? AND superseded_at IS NULL",
                row -> new BankAccount(row.getString("account_number"), row.getString("account_name"), row.getString("bank_name"),
                        row.getString("cnaps_code")), enterprise.value());
    }
}
