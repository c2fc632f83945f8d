package org.cultivar.launcher.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of {@code java -jar cultivar.jar}. */
@Command(name = "cultivar", mixinStandardHelpOptions = true, versionProvider = CultivarVersion.class,
        description = "Runs Cultivar: the OSGi framework with the installed features and the web UI.",
        sortOptions = false)
public class LaunchOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    public int port = 8080;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory: H2 database, configuration, logs (default: ${DEFAULT-VALUE}).")
    public Path data = Path.of("data");

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            description = "A PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db); default: embedded H2 in the data directory.")
    public String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:CULTIVAR_DB_USER}",
            description = "Database user (or CULTIVAR_DB_USER).")
    public String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:CULTIVAR_DB_PASSWORD}",
            description = "Database password (or CULTIVAR_DB_PASSWORD).")
    public String dbPassword;

    @Option(names = "--demo", description = "Install the demonstration features and seed demo data and users.")
    public boolean demo;

    @Option(names = "--setup-token", paramLabel = "TOKEN",
            description = "First start only: the one-time token for creating the administrator on /setup "
                    + "(default: a random token printed on the console).")
    public String setupToken;

    @Option(names = "--trust-forwarded-headers",
            description = "Honour X-Forwarded-*/Forwarded headers; only behind a TLS-terminating reverse proxy that sets them.")
    public boolean trustForwardedHeaders;

    @Option(names = "--verify-audit",
            description = "Verify the audit trail's hash chain, print the result and exit (1 if broken). Runs without the web server.")
    public boolean verifyAudit;

    @Option(names = "--repository", paramLabel = "DIR", hidden = true,
            description = "Feature repository (default: repository/ beside cultivar.jar).")
    public Path repository;
}
