package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.BenchSuite;
import dev.newsdigest.bot.app.bench.QueryLatency;
import dev.newsdigest.bot.app.bench.QuoteDbSeeder;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The chat queries on the full-size H2 database that {@link QueryBenchmark} seeded and kept
 * ({@code -Dnewsdigest.bench.dbcache=DIR}), with each call's CPU time next to its wall time: H2 is embedded, so
 * the CPU time of the calling thread is the query's own cost, which a loaded machine does not distort.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.newsdigest.bench.QueryCpuReport /tmp/nd-bench-db [calls=2000]</pre>
 */
public final class QueryCpuReport {
    private QueryCpuReport() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/nd-bench-db").resolve("h2-1000000-100000");
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        if (!Files.exists(dir.resolve("seeded"))) {
            System.err.println(dir + " holds no seeded database: run QueryBenchmark with -Dnewsdigest.bench.dbcache first");
            System.exit(1);
        }
        StorageConfig config = new StorageConfig("jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath()
                , null, Secret.empty(), 2);
        try (Database db = Database.open(config)) {
            QuoteDbSeeder.Seeded seeded = new QuoteDbSeeder.Seeded(100_000, 250_000, 1_000_000,
                    Instant.parse("2025-06-01T12:00:00Z"));
            Map<String, QueryLatency.Latency> r = QueryLatency.measure(db, seeded, 5, calls, 5);
            System.out.printf("H2, 1,000,000 quotes, 100,000 people, up to %d calls each; load %s%n", calls,
                    BenchSuite.load());
            r.forEach((q, l) -> System.out.printf(Locale.ROOT,
                    "%-16s wall p50 %8.2f ms  p99 %8.2f ms | CPU p50 %8.2f ms  p99 %8.2f ms  (%d calls)%n", q,
                    l.wall().median(), l.wall().p99(), l.cpu().median(), l.cpu().p99(), l.wall().n()));
        }
    }
}
