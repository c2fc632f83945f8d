package org.cultivar.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.launcher.DataDirectory;
import org.cultivar.launcher.framework.EmbeddedFramework;
import org.cultivar.launcher.provisioning.FeatureManager;
import org.cultivar.launcher.provisioning.FeatureRepository;
import org.cultivar.registry.api.EnterpriseDirectory;
import org.cultivar.registry.api.EnterpriseQuery;
import org.cultivar.registry.api.EnterpriseRow;
import org.cultivar.registry.api.ImportJob;
import org.cultivar.registry.api.ImportMode;
import org.cultivar.registry.api.ImportPreview;
import org.cultivar.registry.api.RegistryImport;
import org.cultivar.registry.importer.SyntheticRegistry;
import org.cultivar.store.pool.DatabaseSettings;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The registry at national scale, through the real bundles in the launcher's framework:
 * a batch list of N enterprises (each with one year of figures and, for most, a title) imported
 * through {@link RegistryImport} (preview, then commit), against H2's own {@code CSVREAD} loading
 * the same file into a table in the same run; then the search grid's page query with a Chinese
 * name fragment, on H2 and on PostgreSQL.
 */
final class RegistryBenchmark {

    private static final Actor OFFICIAL = new Actor("bench-official", "Benchmark official", Set.of(Role.OFFICIAL),
            RegionCode.NATIONAL);
    private static final int QUERIES = 300;
    /** As the search grid asks (RegistrySearchView.EXACT_COUNT_LIMIT): exact to a thousand, estimated beyond. */
    private static final long EXACT_COUNT = 1_000;

    private final Path distribution;
    private final int rows;

    RegistryBenchmark(Path distribution, int rows) {
        this.distribution = distribution;
        this.rows = rows;
    }

    void run() throws Exception {
        System.out.printf("machine: %s%n", Machine.describe());
        String existing = System.getProperty("searchOnly");
        if (existing != null) {
            searchOnly(Path.of(existing));
            return;
        }
        Path work = WorkDirectory.create("cultivar-bench-registry");
        try {
            measureAll(work);
        } finally {
            WorkDirectory.discard(work);
        }
    }

    private void measureAll(Path work) throws Exception {
        Path csv = work.resolve("batch-list.csv");
        long generating = System.nanoTime();
        SyntheticRegistry registry = new SyntheticRegistry(SyntheticRegistry.DEMO_SEED, rows);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            registry.writeCsv(SyntheticRegistry.FISCAL_YEARS.get(0), out); // the first year's list carries most titles
        }
        System.out.printf("batch list: %,d rows, %,d MiB, generated in %.1f s%n", rows, Files.size(csv) >> 20,
                seconds(generating));

        double csvread = csvRead(work.resolve("csvread"), csv);
        System.out.printf("H2 CSVREAD of the same file into one table: %.1f s%n", csvread);

        List<String> fragments = fragments(csv);
        // -Dh2options=";SETTING=value": H2 settings to try against the product's own (a later setting wins)
        String options = System.getProperty("h2options");
        String databases = System.getProperty("databases", "h2,postgresql");
        if (databases.contains("h2")) {
            measure("H2 (file)", work.resolve("h2"), options == null ? Map.of() : Map.of("cultivar.db.url",
                    DatabaseSettings.h2FileUrl(work.resolve("h2/data/db/cultivar")) + options), csv, fragments, csvread);
        }
        if (!databases.contains("postgresql")) {
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            measure("PostgreSQL (embedded)", work.resolve("pg"), Map.of(
                    "cultivar.db.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "cultivar.db.user", "postgres", "cultivar.db.password", "postgres"), csv, fragments, Double.NaN);
        }
    }

    private void measure(String database, Path data, Map<String, String> properties, Path csv, List<String> fragments,
                         double csvread) throws Exception {
        Path repository = platformRepository(data.resolve("repository"));
        EmbeddedFramework framework = EmbeddedFramework.start(DataDirectory.prepare(data.resolve("data")), properties);
        FeatureManager features = new FeatureManager(framework.context(), new FeatureRepository(repository));
        try {
            features.installPlatform();
            features.restoreInstalledFeatures(60_000);
            RegistryImport importer = service(framework, RegistryImport.class);
            EnterpriseDirectory directory = service(framework, EnterpriseDirectory.class);

            long previewing = System.nanoTime();
            ImportPreview preview;
            try (InputStream in = Files.newInputStream(csv)) {
                preview = importer.preview(OFFICIAL, "batch-list.csv", in);
            }
            double previewSeconds = seconds(previewing);
            long committing = System.nanoTime();
            ImportJob job = importer.start(OFFICIAL, preview.id(), ImportMode.VALID_ROWS_ONLY);
            while (job.state() == ImportJob.State.RUNNING) {
                Thread.sleep(200);
                job = importer.job(OFFICIAL, job.id()).orElseThrow();
            }
            double commitSeconds = seconds(committing);
            if (job.state() != ImportJob.State.DONE) {
                throw new IllegalStateException("import failed: " + job.error());
            }
            System.out.printf("%s import: preview %.1f s (%,d valid of %,d), commit %.1f s (%,d created, %,d titles), total %.1f s%s%n",
                    database, previewSeconds, preview.validRows(), preview.totalRows(), commitSeconds,
                    job.result().enterprisesCreated(), job.result().titlesGranted(), previewSeconds + commitSeconds,
                    Double.isNaN(csvread) ? "" : String.format(", %.2f× CSVREAD (commit alone %.2f×)",
                            (previewSeconds + commitSeconds) / csvread, commitSeconds / csvread));

            searches(database, directory, fragments);
        } finally {
            features.close();
            framework.stop(30_000);
        }
        // -Dfloor=true: H2 storing the same rows with its own bulk path, the floor under any importer
        if (!Double.isNaN(csvread) && Boolean.getBoolean("floor")) {
            StorageFloor.measure(data.resolve("data/db/cultivar"), data.resolve("floor"), csvread);
        }
    }

    /**
     * The searches alone, on the H2 registry an earlier run left in its work directory
     * ({@code -DsearchOnly=/tmp/cultivar-bench-registry…}, kept by a run with {@code -Dkeep=true}):
     * a million-row import takes most of an hour, the searches are best measured again on a quiet
     * machine.
     */
    private void searchOnly(Path work) throws Exception {
        Path data = work.resolve("h2");
        EmbeddedFramework framework = EmbeddedFramework.start(DataDirectory.prepare(data.resolve("data")), Map.of());
        FeatureManager features = new FeatureManager(framework.context(), new FeatureRepository(data.resolve("repository")));
        try {
            features.installPlatform();
            features.restoreInstalledFeatures(60_000);
            EnterpriseDirectory directory = service(framework, EnterpriseDirectory.class);
            System.out.printf("H2 (file), existing registry of %,d enterprises%n",
                    directory.count(OFFICIAL, EnterpriseQuery.ALL, 10_000_000));
            searches("H2 (file)", directory, fragments(work.resolve("batch-list.csv")));
        } finally {
            features.close();
            framework.stop(30_000);
        }
    }

    /** Page queries as the grid sends them: a page of 50, and the size (exact up to 1,000), timed apart. */
    private static void searches(String database, EnterpriseDirectory directory, List<String> fragments) {
        for (int warm = 0; warm < 30; warm++) {
            String fragment = fragments.get(warm % fragments.size());
            directory.search(OFFICIAL, EnterpriseQuery.ALL.withText(fragment), 0, 50);
            directory.count(OFFICIAL, EnterpriseQuery.ALL.withText(fragment), EXACT_COUNT);
        }
        List<Double> pageMillis = new ArrayList<>();
        List<Double> countMillis = new ArrayList<>();
        Map<String, Double> slowest = new java.util.TreeMap<>();
        long matches = 0;
        for (int i = 0; i < QUERIES; i++) {
            EnterpriseQuery query = EnterpriseQuery.ALL.withText(fragments.get(i % fragments.size()));
            long started = System.nanoTime();
            List<EnterpriseRow> page = directory.search(OFFICIAL, query, 0, 50);
            double pageTook = (System.nanoTime() - started) / 1e6;
            pageMillis.add(pageTook);
            slowest.merge(query.text(), pageTook, Math::max);
            matches += page.size();
            started = System.nanoTime();
            directory.count(OFFICIAL, query, EXACT_COUNT);
            countMillis.add((System.nanoTime() - started) / 1e6);
        }
        System.out.printf("%s search, %d queries with a 2–3 character Chinese name fragment: page of 50 %s; "
                + "count (exact to %,d) %s; %,d rows shown in all%n", database, QUERIES, percentiles(pageMillis), EXACT_COUNT,
                percentiles(countMillis), matches);
        // which fragments make the tail: the slowest page queries, with how many rows each matched
        slowest.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(10)
                .forEach(slow -> System.out.printf("  slow fragment %s: page %.1f ms, %,d matches counted to %,d%n",
                        slow.getKey(), slow.getValue(),
                        directory.count(OFFICIAL, EnterpriseQuery.ALL.withText(slow.getKey()), 100_000), 100_000));
    }

    private static String percentiles(List<Double> millis) {
        Collections.sort(millis);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", millis.get(millis.size() / 2),
                millis.get(millis.size() * 95 / 100), millis.get(millis.size() - 1));
    }

    /** Fragments of real names in the file: a mix of common (city, industry words) and rare (brand) pieces. */
    private static List<String> fragments(Path csv) throws IOException {
        Random random = new Random(7);
        List<String> fragments = new ArrayList<>();
        try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            lines.skip(1).limit(20_000).filter(line -> random.nextInt(50) == 0).forEach(line -> {
                String name = name(line);
                int length = 2 + random.nextInt(2);
                if (name.length() > length) {
                    int start = random.nextInt(name.length() - length);
                    fragments.add(name.substring(start, start + length));
                }
            });
        }
        return fragments;
    }

    /** The name column of the generated file (second column, never quoted: generated names hold no commas). */
    private static String name(String line) {
        String[] cells = line.split(",", -1);
        return cells[2].replace("\"", "");
    }

    /** The bare engine: H2 reading the same CSV file into a table of its own, in one statement. */
    private static double csvRead(Path directory, Path csv) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("CREATE TABLE batch_list AS SELECT * FROM CSVREAD('" + csv + "', NULL, 'charset=UTF-8')");
            return seconds(started);
        }
    }

    /** The product's repository with only the features installed at every start (platform, registry, reports). */
    private Path platformRepository(Path target) throws IOException {
        Path source = distribution.resolve("repository");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.getFileName().toString().endsWith(".json") || isPlatform(file)) {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static boolean isPlatform(Path featureFile) throws IOException {
        return Files.readString(featureFile).contains("\"categories\": [\"platform\"]");
    }

    private static <T> T service(EmbeddedFramework framework, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(framework.context(), type, null);
        tracker.open();
        T service = tracker.waitForService(60_000);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " did not appear");
        }
        return service;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

}
