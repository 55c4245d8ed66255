package dev.newsdigest.bot.app.bench;

import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.PeopleReader;
import dev.newsdigest.bot.storage.QuoteReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;

/**
 * Latency of the chat commands' queries on a database filled by {@link QuoteDbSeeder}, through the storage
 * module's readers, one call at a time (a command is one call):
 * <ul>
 *   <li>{@code /quotes NAME}: the people with that surface form ({@link PeopleReader#byAlias}), then the newest five
 *       quotes of the first ({@link QuoteReader#recent}). Names are drawn with the seeding's power law, so busy
 *       people are asked about most, as in real use;</li>
 *   <li>{@code /quotes} of the busiest person (tens of thousands of quotes): the worst case of the index;</li>
 *   <li>{@code /people today} and {@code /people week}: the ten most mentioned people in the window.</li>
 * </ul>
 */
public final class QueryLatency {
    private QueryLatency() {}

    /**
     * Latencies of one query: wall milliseconds, and CPU milliseconds of the calling thread. With an embedded
     * database (H2) the query runs on the calling thread, so the CPU figure is its cost without the time spent
     * waiting for a core on a loaded machine; with a server database it is only the client's share.
     */
    public record Latency(Stats wall, Stats cpu) {
    }

    /** Latencies by query name, after {@code warmups} unmeasured calls of each. */
    public static Map<String, Latency> measure(Database db, QuoteDbSeeder.Seeded seeded, int warmups, int calls, long seed) {
        QuoteReader quotes = new QuoteReader(db);
        PeopleReader people = new PeopleReader(db);
        Random random = new Random(seed);
        Instant now = seeded.now();
        Map<String, IntSupplier> queries = new LinkedHashMap<>();
        queries.put("/quotes NAME", () -> {
            String alias = QuoteDbSeeder.alias(QuoteDbSeeder.personIndex(random, seeded.people()));
            List<PeopleReader.PersonRef> found = people.byAlias(alias);
            // A person may have no quotes yet ("no quotes of X yet"): that answer is a result too.
            return found.isEmpty() ? -1 : found.size() + quotes.recent(found.get(0).key(), 5).size();
        });
        queries.put("/quotes busiest", () -> quotes.recent(QuoteDbSeeder.key(0), 5).size());
        // The window ends at "now", which moves between two commands: a few seconds of jitter, as in real use.
        queries.put("/people today", () -> people.mostMentionedSince(
                now.minus(Duration.ofDays(1)).plusSeconds(random.nextInt(600)), 10).size());
        queries.put("/people week", () -> people.mostMentionedSince(
                now.minus(Duration.ofDays(7)).plusSeconds(random.nextInt(600)), 10).size());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Latency> out = new LinkedHashMap<>();
        for (Map.Entry<String, IntSupplier> q : queries.entrySet()) {
            for (int i = 0; i < warmups; i++) {
                check(q.getKey(), q.getValue().getAsInt());
            }
            double[] ms = new double[calls];
            double[] cpu = new double[calls];
            for (int i = 0; i < calls; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                int rows = q.getValue().getAsInt();
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                check(q.getKey(), rows);
            }
            out.put(q.getKey(), new Latency(Stats.of(ms), Stats.of(cpu)));
        }
        return out;
    }

    /** A query that finds nothing on a seeded database measures nothing: fail loudly instead of reporting it. */
    private static void check(String query, int rows) {
        if (rows <= 0) {
            throw new IllegalStateException(query + " returned no rows on the seeded database");
        }
    }
}
