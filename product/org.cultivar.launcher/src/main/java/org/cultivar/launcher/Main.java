package org.cultivar.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.cultivar.launcher.cli.DatabaseUrl;
import org.cultivar.launcher.cli.LaunchOptions;
import picocli.CommandLine;

/**
 * {@code java -jar cultivar.jar [options]}. Problems at start are one clear line on stderr
 * and a non-zero exit (2 for a wrong command line, 1 for anything else); the details go to
 * the log file.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        LaunchOptions options = new LaunchOptions();
        CommandLine commandLine = new CommandLine(options);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println("cultivar: " + e.getMessage());
            System.err.println("Try 'java -jar cultivar.jar --help'.");
            return 2;
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(System.out);
            return 0;
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(System.out);
            return 0;
        }
        Cultivar cultivar;
        try {
            DatabaseUrl.check(options.dbUrl);
            DataDirectory data = DataDirectory.prepare(options.data);
            Logging.configure(data);
            if (options.verifyAudit) {
                return AuditVerification.run(options, data, repository(options));
            }
            cultivar = Cultivar.start(options, data, repository(options));
        } catch (StartupException e) {
            // the details for the log file, if logging got that far; the person reads one line
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("Start-up failed", e);
            System.err.println("cultivar: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cultivar.close();
            } catch (RuntimeException | Error e) {
                System.err.println("cultivar: stopping failed: " + e);
                e.printStackTrace();
            } finally {
                Logging.shutdown();
                stopped.countDown();
            }
        }, "cultivar-shutdown"));
        try {
            new CountDownLatch(1).await(); // serve until SIGTERM or SIGINT
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** {@code repository/} beside cultivar.jar, unless named on the command line. */
    private static Path repository(LaunchOptions options) {
        if (options.repository != null) {
            return options.repository.toAbsolutePath().normalize();
        }
        String home = System.getProperty("cultivar.home");
        return (home == null ? Path.of("") : Path.of(home)).resolve("repository").toAbsolutePath().normalize();
    }
}
