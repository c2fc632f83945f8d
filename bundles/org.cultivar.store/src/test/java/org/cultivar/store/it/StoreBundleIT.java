package org.cultivar.store.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import javax.sql.DataSource;

import org.cultivar.store.api.Database;
import org.cultivar.store.api.Schema;
import org.cultivar.store.api.Transactions;
import org.cultivar.store.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The packaged bundle in a real Felix with only what the product gives it: the system bundle
 * (JDK, SLF4J, the store API) and the compendium bundles of the platform feature (SCR, Config
 * Admin, Metatype, Event Admin, Log with the DS, promise and function APIs).
 */
class StoreBundleIT {

    private static final String OWNER = "org.cultivar.test.owner";
    private static final Map<String, String> OWNER_MIGRATIONS = Map.of(
            "db/migration/V1__create_grant.sql", "CREATE TABLE grant_award (id INT PRIMARY KEY, amount NUMERIC(19,2));",
            "db/migration/V2__seed_grant.sql", "INSERT INTO grant_award (id, amount) VALUES (1, 150000.00);",
            "db/migration/README.txt", "not a migration",
            "db/migration/old/V3__ignored.sql", "not read: sub-folders are not part of the folder");

    @TempDir
    Path work;

    private Framework framework;

    @AfterEach
    void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void onTheDefaultH2FileTheStoreRegistersItsServices() throws Exception {
        BundleContext context = frameworkWith(Map.of("cultivar.data.dir", work.resolve("data").toString()));

        Bundle store = startStore(context);

        assertThat(store.getState()).isEqualTo(Bundle.ACTIVE);
        Database database = service(context, Database.class);
        assertThat(database.kind()).isEqualTo(Database.Kind.H2);
        assertThat(database.url()).startsWith("jdbc:h2:retry:" + work.resolve("data"));
        assertThat(database.reachable()).isTrue();
        Boolean valid = service(context, Transactions.class).required(connection -> connection.isValid(1));
        assertThat(valid).isTrue();
        assertThat(service(context, DataSource.class)).isNotNull();
        assertThat(work.resolve("data/db/cultivar.mv.db")).exists();
        // getAll: the test's own copy of the cm API on the class path is not the framework's
        assertThat(context.getAllServiceReferences("org.osgi.service.cm.ManagedService",
                "(service.pid=org.cultivar.store)")).hasSize(1);

        store.stop();
        assertThat(work.resolve("data/db/cultivar.lock.db")).as("H2 closed the file").doesNotExist();
    }

    @Test
    void theMetatypeServiceDescribesThePoolConfiguration() throws Exception {
        BundleContext context = frameworkWith(Map.of("cultivar.data.dir", work.resolve("data").toString()));
        Bundle store = startStore(context);

        Object metatype = context.getService(context.getServiceReference("org.osgi.service.metatype.MetaTypeService"));
        Object information = call(metatype, "org.osgi.service.metatype.MetaTypeService",
                "getMetaTypeInformation", new Class<?>[] {Bundle.class}, store);
        String[] pids = (String[]) call(information, "org.osgi.service.metatype.MetaTypeInformation",
                "getPids", new Class<?>[0]);

        assertThat(pids).containsExactly("org.cultivar.store");
    }

    @Test
    void configAdminTunesTheRunningPool() throws Exception {
        BundleContext context = frameworkWith(Map.of("cultivar.data.dir", work.resolve("data").toString()));
        startStore(context);
        Object configurationAdmin = context.getService(
                context.getAllServiceReferences("org.osgi.service.cm.ConfigurationAdmin", null)[0]);

        Object configuration = call(configurationAdmin, "org.osgi.service.cm.ConfigurationAdmin",
                "getConfiguration", new Class<?>[] {String.class, String.class}, "org.cultivar.store", null);
        Hashtable<String, Object> values = new Hashtable<>(Map.of("maximumPoolSize", 4, "connectionTimeout", 2_000L));
        call(configuration, "org.osgi.service.cm.Configuration", "update",
                new Class<?>[] {java.util.Dictionary.class}, values);

        // the pool is embedded: its configuration is reached by reflection, as the host would
        Object pool = service(context, DataSource.class);
        Object config = pool.getClass().getMethod("getHikariConfigMXBean").invoke(pool);
        Instant deadline = Instant.now().plusSeconds(10);
        while (!config.getClass().getMethod("getMaximumPoolSize").invoke(config).equals(4)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(config.getClass().getMethod("getMaximumPoolSize").invoke(config)).isEqualTo(4);
        assertThat(config.getClass().getMethod("getConnectionTimeout").invoke(config)).isEqualTo(2_000L);
    }

    @Test
    void anOwnersMigrationsAreAppliedAndItsSchemaFollowsItsLifecycle() throws Exception {
        BundleContext context = frameworkWith(Map.of("cultivar.data.dir", work.resolve("data").toString()));
        startStore(context);
        Bundle owner = context.installBundle(OwnerBundles.write(work, OWNER, OWNER_MIGRATIONS).toUri().toString());

        owner.start();

        Schema schema = schemaOf(context, OWNER);
        assertThat(schema.version()).isEqualTo("2");
        assertThat(schema.historyTable()).isEqualTo("schema_history_org_cultivar_test_owner");
        assertThat(amounts(context)).containsExactly("150000.00");

        owner.stop();
        assertThat(context.getServiceReferences(Schema.class, "(schema.owner=" + OWNER + ")")).isEmpty();

        owner.start();
        assertThat(schemaOf(context, OWNER).version()).isEqualTo("2");
        assertThat(amounts(context)).as("nothing applied twice").containsExactly("150000.00");
    }

    @Test
    void ownersStartedBeforeTheStoreAreMigratedWhenItStarts() throws Exception {
        BundleContext context = frameworkWith(Map.of("cultivar.data.dir", work.resolve("data").toString()));
        context.installBundle(OwnerBundles.write(work, OWNER, OWNER_MIGRATIONS).toUri().toString()).start();

        startStore(context);

        assertThat(schemaOf(context, OWNER).version()).isEqualTo("2");
    }

    @Test
    void aBrokenMigrationRegistersNoSchemaAndIsReportedUntilItsOwnerStops() throws Exception {
        BundleContext context = frameworkWith(Map.of("cultivar.data.dir", work.resolve("data").toString()));
        startStore(context);
        Bundle broken = context.installBundle(OwnerBundles.write(work, "org.cultivar.test.broken", Map.of(
                "db/migration/V1__broken.sql", "INSERT INTO no_such_table VALUES (1);")).toUri().toString());

        broken.start();

        assertThat(broken.getState()).as("the owner itself still starts").isEqualTo(Bundle.ACTIVE);
        assertThat(context.getServiceReferences(Schema.class, "(schema.owner=org.cultivar.test.broken)")).isEmpty();
        assertThat(migrationFailures(context)).singleElement().asString()
                .startsWith("org.cultivar.test.broken: V1__broken.sql: ")
                .containsIgnoringCase("no_such_table");

        broken.stop();
        assertThat(migrationFailures(context)).isEmpty();
    }

    @Test
    void anUnreachableDatabaseStopsTheStartWithOneClearSentence() throws Exception {
        BundleContext context = frameworkWith(Map.of(
                "cultivar.db.url", "jdbc:postgresql://localhost:1/cultivar",
                "cultivar.db.user", "cultivar",
                "cultivar.db.password", "secret"));
        Bundle store = context.installBundle(storeBundle());

        assertThatThrownBy(store::start)
                .isInstanceOf(BundleException.class)
                .hasMessage("Cannot reach the database at jdbc:postgresql://localhost:1/cultivar: Connection refused");
        assertThat(store.getState()).isEqualTo(Bundle.RESOLVED);
    }

    @Test
    void aUrlOfAnotherDatabaseStopsTheStartWithOneClearSentence() throws Exception {
        BundleContext context = frameworkWith(Map.of("cultivar.db.url", "jdbc:mysql://localhost/cultivar"));
        Bundle store = context.installBundle(storeBundle());

        assertThatThrownBy(store::start)
                .isInstanceOf(BundleException.class)
                .hasMessage("cultivar.db.url must start with jdbc:h2: or jdbc:postgresql:, but is "
                        + "'jdbc:mysql://localhost/cultivar'.");
    }

    @Test
    void onPostgresqlOwnersAreMigratedToo() throws Exception {
        BundleContext context = frameworkWith(Map.of(
                "cultivar.db.url", PostgresTestDatabase.freshDatabaseUrl(),
                "cultivar.db.user", PostgresTestDatabase.USER));
        startStore(context);
        context.installBundle(OwnerBundles.write(work, OWNER, OWNER_MIGRATIONS).toUri().toString()).start();

        assertThat(service(context, Database.class).kind()).isEqualTo(Database.Kind.POSTGRESQL);
        assertThat(schemaOf(context, OWNER).version()).isEqualTo("2");
        assertThat(amounts(context)).containsExactly("150000.00");
    }

    private BundleContext frameworkWith(Map<String, String> properties) throws Exception {
        Map<String, String> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, work.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // what the launcher exports from the host class path
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                "org.slf4j;version=2.0.17,org.cultivar.store.api;version=1.1.0");
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        BundleContext context = framework.getBundleContext();
        List<Bundle> runtime = new java.util.ArrayList<>();
        for (File jar : runtimeBundles()) {
            runtime.add(context.installBundle(jar.toURI().toString()));
        }
        for (Bundle bundle : runtime) {
            bundle.start();
        }
        return context;
    }

    private static File[] runtimeBundles() {
        File[] jars = new File(System.getProperty("it.bundles")).listFiles((dir, name) -> name.endsWith(".jar"));
        assertThat(jars).as("bundles copied by the build").hasSize(8);
        Arrays.sort(jars);
        return jars;
    }

    private static String storeBundle() {
        return new File(System.getProperty("store.bundle")).toURI().toString();
    }

    private static Bundle startStore(BundleContext context) throws BundleException {
        Bundle store = context.installBundle(storeBundle());
        store.start();
        return store;
    }

    private static <S> S service(BundleContext context, Class<S> type) {
        ServiceReference<S> reference = context.getServiceReference(type);
        assertThat(reference).as("service " + type.getName()).isNotNull();
        return context.getService(reference);
    }

    private static Schema schemaOf(BundleContext context, String owner) throws Exception {
        var references = context.getServiceReferences(Schema.class, "(schema.owner=" + owner + ")");
        assertThat(references).as("Schema of " + owner).hasSize(1);
        return context.getService(references.iterator().next());
    }

    private static List<String> migrationFailures(BundleContext context) {
        return List.of((String[]) context.getServiceReference(Database.class).getProperty("migration.failures"));
    }

    private static List<String> amounts(BundleContext context) throws Exception {
        List<String> amounts = new java.util.ArrayList<>();
        try (Connection connection = service(context, DataSource.class).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT amount FROM grant_award ORDER BY id")) {
            while (rows.next()) {
                amounts.add(rows.getBigDecimal(1).toPlainString());
            }
        }
        return amounts;
    }

    /** Calls a compendium API the host cannot link against, through the interface's own class. */
    private Object call(Object target, String interfaceName, String method, Class<?>[] types, Object... args)
            throws Exception {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            try {
                Class<?> api = bundle.loadClass(interfaceName);
                if (api.isInstance(target)) {
                    return api.getMethod(method, types).invoke(target, args);
                }
            } catch (ClassNotFoundException notHere) {
                // try the next bundle
            }
        }
        throw new AssertionError("No bundle provides " + interfaceName);
    }
}
