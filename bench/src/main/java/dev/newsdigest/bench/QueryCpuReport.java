package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.BenchSuite;
import dev.newsdigest.bot.app.bench.QueryLatency;
import dev.newsdigest.bot.app.bench.QuoteDbSeeder;
import dev.newsdigest.bot.storage.JdbcChatQueries;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chat queries on the full-size databases that {@link QueryBenchmark} seeds and keeps
 * ({@code -Dnewsdigest.bench.dbcache=DIR}; seeded here when DIR lacks them), with each call's CPU time next to its
 * wall time. H2 is embedded, so the CPU time of the calling thread is the query's own cost, which a loaded machine
 * does not distort; with PostgreSQL it is the client's share only (matching names happens in the client).
 *
 * <p>First it loads the known people the way the bot does on its first {@code /quotes} (all people and aliases read,
 * indexed as a PeopleDirectory) and reports how long that took and how much heap the result holds.
 *
 * <pre>java -Xmx256m -cp bench/target/benchmarks.jar dev.newsdigest.bench.QueryCpuReport /tmp/nd-bench-db [calls=2000] [h2|postgresql|both]</pre>
 */
public final class QueryCpuReport {
    private QueryCpuReport() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/nd-bench-db");
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String which = args.length > 2 ? args[2] : "h2";
        for (String db : which.equals("both") ? List.of("h2", "postgresql") : List.of(which)) {
            try (QueryDatabase qd = QueryDatabase.open(db, 1_000_000, 100_000, dir, 2)) {
                System.out.printf("%s, 1,000,000 quotes, 100,000 people, up to %d calls each; load %s; max heap %d MiB%n",
                        db, calls, BenchSuite.load(), Runtime.getRuntime().maxMemory() >> 20);
                directoryLoad(qd);
                Map<String, QueryLatency.Latency> r = QueryLatency.measure(qd.database, qd.seeded, 20, calls, 5);
                r.forEach((q, l) -> System.out.printf(Locale.ROOT,
                        "%-18s wall p50 %8.2f ms  p99 %8.2f ms | CPU p50 %8.2f ms  p99 %8.2f ms  (%d calls)%n", q,
                        l.wall().median(), l.wall().p99(), l.cpu().median(), l.cpu().p99(), l.wall().n()));
                System.out.printf("load at end %s%n", BenchSuite.load());
            }
        }
    }

    /** The first {@code /quotes} of a fresh read side: every person loaded and indexed; time and retained heap. */
    private static void directoryLoad(QueryDatabase qd) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = usedAfterGc();
        JdbcChatQueries chat = new JdbcChatQueries(qd.database, Clock.systemUTC());
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int found = chat.match(QuoteDbSeeder.alias(0), 5).size();
        double wall = (System.nanoTime() - t0) / 1e6;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "known people loaded by the first /quotes: %.0f ms wall, %.0f ms CPU (%d matches);"
                + " heap they hold (people, aliases, PeopleDirectory): %.1f MiB%n", wall, cpu, found,
                (after - before) / 1048576.0);
        if (chat.match(QuoteDbSeeder.alias(0), 1).isEmpty()) {   // keeps chat reachable until after the second measurement
            throw new IllegalStateException("a seeded person was not found");
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
