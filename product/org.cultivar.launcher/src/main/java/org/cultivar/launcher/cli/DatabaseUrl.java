package org.cultivar.launcher.cli;

import org.cultivar.launcher.StartupException;

/** Checks the form of {@code --db-url} before anything starts. */
public final class DatabaseUrl {

    private DatabaseUrl() {
    }

    public static void check(String url) throws StartupException {
        if (url == null) {
            return;
        }
        if (!url.matches("jdbc:postgresql://[^/\\s]+(:\\d+)?/[^\\s]+") && !url.matches("jdbc:h2:\\S+")) {
            throw new StartupException("--db-url \"" + url + "\" is not a PostgreSQL JDBC URL of the form "
                    + "jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
    }
}
