package org.cultivar.subsidy.demo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.cultivar.core.api.security.Actor;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.subsidy.api.payment.BankAccount;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Verifies demo payee accounts. No exported service records payee accounts yet: the engine keeps
 * them in its private {@code org.cultivar.subsidy.PayeeAccountBook}, which it registers under its
 * own class name only (DESIGN.md places accounts in the registry, whose API has none). Rather
 * than write the engine's table behind its back, this calls that component's public, audited
 * {@code verify} through the service registry — every argument type is exported API. Replace this
 * with the exported service once there is one.
 */
final class PayeeAccounts {

    static final String BOOK_CLASS = "org.cultivar.subsidy.PayeeAccountBook";

    private final BundleContext context;

    PayeeAccounts(BundleContext context) {
        this.context = context;
    }

    boolean available() {
        return reference() != null;
    }

    void verify(Actor clerk, CreditCode enterprise, BankAccount account) {
        ServiceReference<?> reference = reference();
        if (reference == null) {
            throw new IllegalStateException("the engine's payee account book is not registered");
        }
        Object book = context.getService(reference);
        try {
            Method verify = book.getClass().getMethod("verify", Actor.class, CreditCode.class, BankAccount.class);
            verify.invoke(book, clerk, enterprise, account);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the engine's payee account book has no verify(Actor, CreditCode, BankAccount)", e);
        } finally {
            context.ungetService(reference);
        }
    }

    private ServiceReference<?> reference() {
        try {
            // "all": this bundle cannot import the engine's private package, which is the point
            ServiceReference<?>[] found = context.getAllServiceReferences(BOOK_CLASS, null);
            return found == null || found.length == 0 ? null : found[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A demo account that passes the engine's checks (6–34 digits, a 12-digit CNAPS code), derived
     * from the credit code so that it is stable across installations and plainly not real.
     */
    static BankAccount demoAccount(CreditCode enterprise, String name) {
        String digits = Integer.toUnsignedString(enterprise.value().hashCode());
        String number = "6200" + ("0000000000" + digits).substring(digits.length());
        return new BankAccount(number, name, "演示银行广州分行 Demo Bank (not real)", "999581000001");
    }
}
