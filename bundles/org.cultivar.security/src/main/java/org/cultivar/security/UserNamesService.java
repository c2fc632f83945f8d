package org.cultivar.security;

import java.util.Optional;
import org.cultivar.core.api.security.UserNames;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Display names from the user table; an id that is no valid user name is simply unknown. */
@Component(service = UserNames.class)
public class UserNamesService implements UserNames {

    private final Transactions transactions;
    private final UserTable users = new UserTable();

    @Activate
    public UserNamesService(@Reference Transactions transactions,
                            @Reference(target = "(" + Schema.OWNER_PROPERTY + "=org.cultivar.security)") Schema schema) {
        this(transactions);
    }

    UserNamesService(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<String> displayName(String userId) {
        Username username = userId == null ? null : Username.parseOrNull(userId);
        if (username == null) {
            return Optional.empty();
        }
        return transactions.required(c -> users.find(c, username)).map(StoredUser::displayName);
    }
}
