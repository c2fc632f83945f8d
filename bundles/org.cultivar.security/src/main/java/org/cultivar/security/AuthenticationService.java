package org.cultivar.security;

import java.time.Clock;

import org.cultivar.core.api.audit.AuditTrail;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Authentication;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Sign-in, own password changes and first-start setup. Immediate, so that the demo users exist
 * and the setup token is in the log as soon as the bundle starts; a caller that asks for the
 * service during that work waits for it, so it never sees "setup required" just before the
 * demo administrator appears.
 */
@Component(service = Authentication.class, immediate = true)
public class AuthenticationService implements Authentication {

    private final SignIn signIn;
    private final PasswordChange passwordChange;
    private final FirstStartSetup setup;

    @Activate
    public AuthenticationService(@Reference Transactions transactions, @Reference AuditTrail auditTrail,
                                 @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.security)") Schema schema,
                                 BundleContext context) {
        this(transactions, auditTrail, new PasswordHasher(), Clock.systemUTC(), StartOptions.from(context::getProperty));
    }

    AuthenticationService(Transactions transactions, AuditTrail auditTrail, PasswordHasher hasher, Clock clock,
                          StartOptions options) {
        UserTable users = new UserTable();
        this.signIn = new SignIn(transactions, users, hasher, auditTrail, clock);
        this.passwordChange = new PasswordChange(transactions, users, hasher, auditTrail, clock);
        this.setup = new FirstStartSetup(transactions, users, new SetupTokenTable(), hasher, auditTrail, clock);
        if (options.demo()) {
            // before setup: with the demo administrator in place, no setup token is issued
            new DemoUsers(transactions, users, hasher, auditTrail, clock).createMissing();
        }
        setup.openIfRequired(options.setupToken());
    }

    @Override
    public Actor signIn(String username, char[] password, String remoteAddress) {
        return signIn.signIn(username, password, remoteAddress);
    }

    @Override
    public void changePassword(Actor actor, char[] currentPassword, char[] newPassword) {
        passwordChange.change(actor, currentPassword, newPassword);
    }

    @Override
    public boolean setupRequired() {
        return setup.required();
    }

    @Override
    public Actor completeSetup(String setupToken, String username, String displayName, char[] password) {
        return setup.complete(setupToken, username, displayName, password);
    }
}
