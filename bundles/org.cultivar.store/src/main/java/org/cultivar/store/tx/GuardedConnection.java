package org.cultivar.store.tx;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * The transaction's connection as work sees it. The store alone ends a transaction, so
 * {@code close()} does nothing (a habitual try-with-resources must not hand the connection
 * back to the pool mid-transaction) and commit, rollback and auto-commit are refused.
 * Rolling back to a savepoint stays allowed: it does not end the transaction.
 */
final class GuardedConnection implements InvocationHandler {

    private final Connection connection;

    private GuardedConnection(Connection connection) {
        this.connection = connection;
    }

    static Connection guard(Connection connection) {
        return (Connection) Proxy.newProxyInstance(GuardedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new GuardedConnection(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        boolean noArguments = args == null || args.length == 0;
        if (name.equals("close") && noArguments) {
            return null;
        }
        if (name.equals("commit") || name.equals("setAutoCommit") || (name.equals("rollback") && noArguments)) {
            throw new IllegalStateException("Transactions.required(...) commits and rolls back; do not call "
                    + name + "() on its connection (throw to roll back)");
        }
        if (name.equals("equals") && args != null && args.length == 1) {
            return proxy == args[0];
        }
        if (name.equals("hashCode") && noArguments) {
            return System.identityHashCode(proxy);
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
