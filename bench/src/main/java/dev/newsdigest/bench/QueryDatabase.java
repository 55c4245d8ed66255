package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.QuoteDbSeeder;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A database seeded by {@link QuoteDbSeeder} for the query benchmarks: an H2 file or a zonky embedded PostgreSQL.
 * Seeding a million quotes takes minutes, so with a cache folder the seeded database is kept there (H2 file, or
 * PostgreSQL's data directory) and reused by later runs; migrations added since run when it is reopened.
 */
final class QueryDatabase implements AutoCloseable {
    /**
     * Seeding only: the bot's crash-safe WRITE_DELAY=0 makes H2 write a chunk per commit, which made seeding take
     * ten minutes and the file 9.5 GB (280 MB compacted). The benchmark database need not survive a crash; the
     * queries measured do not write.
     */
    static final String H2_BULK_WRITES = ";WRITE_DELAY=1000";
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    final Database database;
    final QuoteDbSeeder.Seeded seeded;
    private final EmbeddedPostgres pg;
    private final Path tempDir;

    private QueryDatabase(Database database, QuoteDbSeeder.Seeded seeded, EmbeddedPostgres pg, Path tempDir) {
        this.database = database;
        this.seeded = seeded;
        this.pg = pg;
        this.tempDir = tempDir;
    }

    /**
     * Opens (and seeds unless {@code cacheDir} holds it already) the database {@code db} ("h2" or "postgresql") with
     * {@code quotes} quotes of {@code people} people; {@code cacheDir} null means a temporary one, deleted on close.
     */
    static QueryDatabase open(String db, int quotes, int people, Path cacheDir, int poolSize) throws Exception {
        Path cached = cacheDir == null ? null : cacheDir.resolve(db + "-" + quotes + "-" + people);
        boolean reuse = cached != null && Files.exists(cached.resolve("seeded"));
        Path temp = null;
        EmbeddedPostgres pg = null;
        StorageConfig config;
        if (db.equals("h2")) {
            Path dir;
            if (cached != null) {
                dir = Files.createDirectories(cached);
            } else {
                dir = temp = Files.createTempDirectory("newsdigest-querybench");
            }
            config = new StorageConfig("jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath() + H2_BULK_WRITES, null,
                    Secret.empty(), poolSize);
        } else if (db.equals("postgresql")) {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (cached != null) {
                Files.createDirectories(cached);
                builder.setDataDirectory(cached.resolve("pgdata")).setCleanDataDirectory(false);
            }
            pg = builder.start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'bench'")) {
                    if (!rs.next()) {
                        s.execute("CREATE DATABASE bench");
                    }
                }
            }
            // Batched inserts rewritten into multi-row INSERTs: seeding a million rows in seconds rather than minutes.
            config = new StorageConfig(pg.getJdbcUrl("postgres", "bench") + "&reWriteBatchedInserts=true", "postgres",
                    Secret.of("postgres"), poolSize);
        } else {
            throw new IllegalArgumentException("db must be h2 or postgresql: " + db);
        }
        Database database = Database.open(config);
        QuoteDbSeeder.Seeded seeded;
        if (reuse) {
            seeded = new QuoteDbSeeder.Seeded(people, quotes / QuoteDbSeeder.PEOPLE_PER_ARTICLE, quotes, NOW);
            System.out.printf("%n[%s] reusing the database seeded in %s%n", db, cached);
        } else {
            long t0 = System.nanoTime();
            seeded = QuoteDbSeeder.seed(database, people, quotes, NOW, 3);
            System.out.printf("%n[%s] seeded %d quotes, %d people, %d articles in %.0f s%n", db, seeded.quotes(),
                    seeded.people(), seeded.articles(), (System.nanoTime() - t0) / 1e9);
            if (cached != null) {
                Files.writeString(cached.resolve("seeded"), seeded.toString());
            }
        }
        return new QueryDatabase(database, seeded, pg, temp);
    }

    @Override
    public void close() throws IOException {
        database.close();
        if (pg != null) {
            pg.close();
        }
        if (tempDir != null) {
            try (Stream<Path> paths = Files.walk(tempDir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
