package dev.newsdigest.bot.app.bench;

import dev.newsdigest.bot.chat.port.PeopleQueries;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.JdbcChatQueries;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * Latency of the chat commands' queries on a database filled by {@link QuoteDbSeeder}, through the read side the
 * command layer really uses ({@link JdbcChatQueries}), one call at a time (a command is one call):
 * <ul>
 *   <li>{@code /quotes NAME}: the people matching the typed name ({@code match}: the known people kept in memory
 *       as a PeopleDirectory, followed through person_aliases.id), then the newest five quotes of the best match.
 *       Names are drawn with the seeding's power law, so busy people are asked about most, as in real use; they
 *       are typed in the genitive ("Пескова"), as in Russian chats, and in the variants below it: nominative
 *       Cyrillic, a case not stored (dative; the invented surnames are in no dictionary, so it matches as a typo),
 *       the Latin key, a one-letter typo of the Latin key, and a name that matches nobody (nearest names);</li>
 *   <li>{@code /quotes} of the two busiest people in turn (about 21,000 and 5,600 of a million quotes): the worst
 *       case of the index;</li>
 *   <li>{@code /people today} and {@code /people week}: the ten people in the most stories of the window.</li>
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

    /** The queries by name, as suppliers returning the number of rows (or matches) found. */
    public static Map<String, IntSupplier> queries(Database db, QuoteDbSeeder.Seeded seeded, long seed) {
        JdbcChatQueries chat = new JdbcChatQueries(db, Clock.systemUTC());
        Random random = new Random(seed);
        Instant now = seeded.now();
        Map<String, IntSupplier> queries = new LinkedHashMap<>();
        // How users type a name: the genitive stored as an alias (as before, the headline figure), the nominative,
        // a case not stored (dative), the Latin key, a one-letter typo of it, and a name that matches nobody (the
        // answer then suggests the nearest names: PeopleDirectory.nearKey, a filtered scan).
        queries.put("/quotes NAME", quotesBy(chat, random, seeded, QuoteDbSeeder::alias));
        queries.put("/quotes Cyrillic", quotesBy(chat, random, seeded, QuoteDbSeeder::surname));
        queries.put("/quotes inflected", quotesBy(chat, random, seeded, i -> QuoteDbSeeder.surname(i) + "у"));
        queries.put("/quotes Latin", quotesBy(chat, random, seeded, QueryLatency::latin));
        queries.put("/quotes typo", quotesBy(chat, random, seeded, i -> typo(latin(i), random)));
        queries.put("/quotes unknown", () -> {
            String typed = "Zzyx" + latin(QuoteDbSeeder.personIndex(random, seeded.people())).substring(4);
            return 1 + chat.match(typed, 5).size();   // no match is the expected answer; suggestions may follow
        });
        // The two busiest people in turn: H2 hands a statement run again with the same parameters its previous
        // result while no table changed, which a live bot's tables always do.
        int[] turn = {0};
        queries.put("/quotes busiest", () -> chat.recentQuotes(QuoteDbSeeder.key(turn[0]++ % 2), 5).size());
        // The window ends at "now", which moves between two commands: a few minutes of jitter, as in real use.
        queries.put("/people today", () -> chat.inTheNews(
                now.minus(Duration.ofDays(1)).plusSeconds(random.nextInt(600)), 10).size());
        queries.put("/people week", () -> chat.inTheNews(
                now.minus(Duration.ofDays(7)).plusSeconds(random.nextInt(600)), 10).size());
        return queries;
    }

    /** {@code /quotes NAME} with the name of a person drawn with the seeding's power law, typed as {@code typing} does. */
    private static IntSupplier quotesBy(JdbcChatQueries chat, Random random, QuoteDbSeeder.Seeded seeded,
                                        IntFunction<String> typing) {
        return () -> {
            String typed = typing.apply(QuoteDbSeeder.personIndex(random, seeded.people()));
            List<PeopleQueries.PersonMatch> found = chat.match(typed, 5);
            // A person may have no quotes yet ("no quotes of X yet"): that answer is a result too.
            return found.isEmpty() ? -1 : found.size() + chat.recentQuotes(found.get(0).key(), 5).size();
        };
    }

    /** Person {@code i}'s key capitalised ("Kalomineov"): how an English-language chat types the name. */
    static String latin(int i) {
        String key = QuoteDbSeeder.key(i);
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /**
     * One letter after the first replaced by a consonant that differs from it and its neighbours. Keys are at least
     * ten letters, so PersonMatcher allows the typo; the replacement is never h, s, c or a vowel, because a typo that
     * forms a digraph or a doubled letter ("kh", "ts", "oo") changes the key by more than one letter.
     */
    public static String typo(String name, Random random) {
        String letters = "bdfgklmnprtvz";
        int at = 1 + random.nextInt(name.length() - 1);
        char other;
        do {
            other = letters.charAt(random.nextInt(letters.length()));
        } while (other == name.charAt(at) || other == name.charAt(at - 1)
                || (at + 1 < name.length() && other == name.charAt(at + 1)));
        return name.substring(0, at) + other + name.substring(at + 1);
    }

    /** Latencies by query name, after {@code warmups} unmeasured calls of each. */
    public static Map<String, Latency> measure(Database db, QuoteDbSeeder.Seeded seeded, int warmups, int calls, long seed) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Latency> out = new LinkedHashMap<>();
        Map<String, IntSupplier> queries = queries(db, seeded, seed);
        // The first /quotes loads every known person (the bot does it in the background at start): not a command's
        // cost, and it would make the warm-up below take every name query for a slow one.
        check("/quotes NAME", queries.get("/quotes NAME").getAsInt());
        for (Map.Entry<String, IntSupplier> q : queries.entrySet()) {
            // Warm-up stops after 2 s; a query that takes more than 100 ms a call is then measured 20 times, not
            // thousands: the figure is clear and the run stays short.
            long w0 = System.nanoTime();
            int warmed = 0;
            while (warmed < warmups && System.nanoTime() - w0 < 2_000_000_000L) {
                check(q.getKey(), q.getValue().getAsInt());
                warmed++;
            }
            int n = warmed > 0 && (System.nanoTime() - w0) / warmed > 100_000_000L ? Math.min(calls, 20) : calls;
            double[] ms = new double[n];
            double[] cpu = new double[n];
            for (int i = 0; i < n; i++) {
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
