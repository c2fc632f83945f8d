package org.cultivar.web.subsidy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.FieldProblem;
import org.cultivar.registry.api.InvalidInputException;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.cultivar.subsidy.api.payment.PayeeAccounts;
import org.cultivar.subsidy.api.payment.VerifiedAccount;

/** Payee accounts in memory; refuses account numbers that are not digits, naming the field as the engine does. */
final class InMemoryPayeeAccounts implements PayeeAccounts {

    final List<VerifiedAccount> recorded = new ArrayList<>();

    @Override
    public synchronized VerifiedAccount verify(Actor actor, CreditCode enterprise, BankAccount account) {
        if (!account.accountNumber().matches("\\d{6,34}")) {
            throw new InvalidInputException(List.of(FieldProblem.of("accountNumber", "must be 6 to 34 digits")));
        }
        Instant now = Instant.parse("2026-03-02T02:00:00Z").plusSeconds(recorded.size());
        recorded.replaceAll(earlier -> earlier.enterprise().equals(enterprise) && earlier.current()
                ? new VerifiedAccount(enterprise, earlier.account(), earlier.verifiedBy(), earlier.verifiedAt(), now) : earlier);
        VerifiedAccount verified = new VerifiedAccount(enterprise, account, actor.userId(), now, null);
        recorded.add(0, verified);
        return verified;
    }

    @Override
    public Optional<VerifiedAccount> current(Actor actor, CreditCode enterprise) {
        return history(actor, enterprise).stream().filter(VerifiedAccount::current).findFirst();
    }

    @Override
    public synchronized List<VerifiedAccount> history(Actor actor, CreditCode enterprise) {
        return recorded.stream().filter(account -> account.enterprise().equals(enterprise)).toList();
    }
}
