package dev.newsdigest.bot.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.newsdigest.bot.config.StorageConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's database: a HikariCP pool and the Flyway migrations ({@code db/migration/common} plus the vendor
 * folder), and transactions with a bounded retry on races between writers.
 *
 * <p>Writers use insert-if-absent under unique constraints. Two writers inserting the same key at once (two
 * workers, or two instances on PostgreSQL) make one of them fail with a unique violation; the whole transaction is
 * then rolled back and run again, and the second run finds the row the first one committed.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int MAX_ATTEMPTS = 3;

    private final HikariDataSource pool;
    private final Dialect dialect;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(StorageConfig config) {
        Dialect dialect = Dialect.of(config.url());
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(jdbcUrl(config.url(), dialect));
        if (config.user() != null) {
            hc.setUsername(config.user());
        }
        if (config.password().isSet()) {
            hc.setPassword(config.password().reveal());
        }
        hc.setMaximumPoolSize(config.poolSize());
        hc.setPoolName("newsdigest-db");
        hc.setAutoCommit(true);
        hc.setConnectionTimeout(10_000);
        // Fail at start with a clear message rather than on the first poll.
        hc.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            createH2Directory(config.url(), dialect);
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open the database at " + config.redactedUrl() + ": " + rootMessage(e), e);
        }
        try {
            migrate(pool, dialect);
        } catch (FlywayException e) {
            pool.close();
            throw new StorageException("database migration failed at " + config.redactedUrl() + ": " + e.getMessage(), e);
        }
        log.info("database ready: {} ({})", config.redactedUrl(), dialect);
        return new Database(pool, dialect);
    }

    static void migrate(DataSource ds, Dialect dialect) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect.migrationFolder())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * Settings H2 needs for a bot that may be killed at any moment:
     * <ul>
     *   <li>DB_CLOSE_ON_EXIT=FALSE: H2 would close the database when the JVM starts shutting down, before our
     *       shutdown hook has stopped the scheduler; we close it ourselves, so a SIGTERM finishes in-flight work.</li>
     *   <li>WRITE_DELAY=0: by default H2 writes committed transactions to the file up to 500 ms later, so a
     *       {@code kill -9} would lose the last commits (RELIABILITY C1/C2); 0 writes at each commit.</li>
     * </ul>
     * An operator's own value for either setting in {@code storage.url} wins.
     */
    static String jdbcUrl(String url, Dialect dialect) {
        if (dialect != Dialect.H2) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(url);
        if (!upper.contains("DB_CLOSE_ON_EXIT")) {
            b.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        boolean embeddedFile = !upper.startsWith("JDBC:H2:MEM:") && !upper.startsWith("JDBC:H2:TCP:")
                && !upper.startsWith("JDBC:H2:SSL:");
        if (!upper.contains("WRITE_DELAY") && embeddedFile) {
            b.append(";WRITE_DELAY=0");
        }
        return b.toString();
    }

    private static void createH2Directory(String url, Dialect dialect) {
        if (dialect != Dialect.H2 || !url.startsWith("jdbc:h2:file:")) {
            return;
        }
        String path = url.substring("jdbc:h2:file:".length());
        int semi = path.indexOf(';');
        if (semi >= 0) {
            path = path.substring(0, semi);
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StorageException("cannot create the database directory " + parent + ": " + e.getMessage(), e);
        }
    }

    /** True when a connection answers within two seconds ({@code /healthz}). */
    public boolean ping() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. A unique
     * violation or serialization failure (a race with another writer) rolls back and runs the work again, up to
     * three times in all.
     */
    public <T> T inTransaction(String what, SqlWork<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c);
                    if (e instanceof SQLException se && isRace(se) && attempt < MAX_ATTEMPTS) {
                        last = se;
                        log.debug("{}: retrying after a concurrent write ({})", what, se.getSQLState());
                        continue;
                    }
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StorageException(what + ": " + e.getMessage(), e);
            }
        }
        throw new StorageException(what + ": gave up after concurrent writes", last);
    }

    /** Runs read-only work on a pooled connection in auto-commit mode. */
    public <T> T read(String what, SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException(what + ": " + e.getMessage(), e);
        }
    }

    /** 23505 unique violation (H2 and PostgreSQL), 40001 serialization failure, 40P01 deadlock. */
    static boolean isRace(SQLException e) {
        String state = e.getSQLState();
        return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            log.debug("rollback failed", e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }
}
