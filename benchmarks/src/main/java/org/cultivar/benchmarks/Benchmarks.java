package org.cultivar.benchmarks;

import java.nio.file.Path;

/** Entry point: {@code Benchmarks <name> <project root>}. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Benchmarks startup|audit-overhead|registry|reports|payouts <project root>");
            System.exit(2);
        }
        Path root = Path.of(args[1]);
        switch (args[0]) {
            case "startup" -> new StartupBenchmark(root.resolve("product/target")).run(5);
            case "audit-overhead" -> new AuditOverheadBenchmark().run();
            case "reports" -> new ReportsBenchmark().run();
            case "registry" -> new RegistryBenchmark(root.resolve("product/target"),
                    Integer.getInteger("rows", 1_000_000)).run();
            case "payouts" -> new PayoutBenchmark(Integer.getInteger("applications", 100_000),
                    Integer.getInteger("threads", 2), Integer.getInteger("slice", 1_000)).run();
            default -> {
                System.err.println("unknown benchmark " + args[0]);
                System.exit(2);
            }
        }
    }
}
