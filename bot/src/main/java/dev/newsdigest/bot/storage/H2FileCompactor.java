package dev.newsdigest.bot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the embedded H2 file while the bot runs, which H2 itself stops doing under {@code WRITE_DELAY=0}.
 *
 * <p>Why this exists: the bot opens H2 with {@code WRITE_DELAY=0} so that every commit is in the file before the
 * commit returns (a {@code kill -9} loses nothing committed; RELIABILITY C1/C2). H2's MVStore writes each commit
 * as a new chunk holding the changed pages; older chunks keep the pages that were not changed and so stay partly
 * live. Rewriting those sparse chunks ("auto-compaction") is done only by MVStore's background writer thread, and
 * {@code WRITE_DELAY=0} (MVStore {@code autoCommitDelay=0}) is exactly the setting that does not start that thread
 * (see {@code FileStore.setAutoCommitDelay} and {@code writeInBackground} in H2 2.3). Measured before this class:
 * 5,000 articles ingested took the file to 605 MiB whose live data fit in tens of MiB.
 *
 * <p>Every {@code every} this rewrites the live pages of the sparsest chunks (MVStore's public
 * {@link MVStore#compact(int, int)}, the same step the background writer takes), bounded in bytes and time per
 * run, then commits, so the emptied chunks die and their space is reused by later commits. It does not change
 * when commits reach the file. Chunks younger than H2's retention time (45 s) are never rewritten.
 *
 * <p>When most of the file is free space (after a burst of ingest was compacted), it also moves the chunks to the
 * front and truncates the file: MVStore's {@link MVStore#compactFile(int)}, for at most {@link #SHRINK_MILLIS}, the
 * step H2 itself takes at close. That step sets the retention time to 0, so it is put back afterwards.
 *
 * <p>Only an embedded file database has a local MVStore; for PostgreSQL, in-memory and client/server H2 URLs the
 * compactor is not started. The MVStore is reached through H2's engine classes ({@code JdbcConnection},
 * {@code SessionLocal}); should an H2 upgrade change them, the compactor logs one warning and stops, and the bot
 * runs on as before.
 */
final class H2FileCompactor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(H2FileCompactor.class);

    /** Below this share of live bytes in the chunks, sparse chunks are rewritten (H2's own busy-time target). */
    static final int TARGET_FILL_RATE = 50;
    /** Live bytes rewritten per compact step: small enough that writers wait only briefly for the store lock. */
    static final int WRITE_PER_STEP = 2 * 1024 * 1024;
    static final Duration DEFAULT_EVERY = Duration.ofSeconds(5);
    /** Shrink the file when less than this share of it is in use... */
    static final int SHRINK_BELOW_FILE_FILL_RATE = 50;
    /** ...and it is larger than this: a small file is not worth the pause. */
    static final long SHRINK_ABOVE_BYTES = 16L * 1024 * 1024;
    /** Longest pause of writers while chunks are moved (they wait for MVStore's store lock meanwhile). */
    static final int SHRINK_MILLIS = 300;
    private static final long BUDGET_NANOS = Duration.ofSeconds(1).toNanos();

    /**
     * One run: the chunk fill rate before and after, how many compact steps rewrote something, and the file size
     * before and after (it changes only when the file was shrunk).
     */
    record Run(int fillRateBefore, int fillRateAfter, int steps, long sizeBefore, long sizeAfter) {
    }

    private final DataSource dataSource;
    private final ScheduledExecutorService timer;
    private volatile boolean broken;

    private H2FileCompactor(DataSource dataSource, Duration every) {
        this.dataSource = dataSource;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "h2-compactor");
            t.setDaemon(true);
            return t;
        });
        long millis = every.toMillis();
        timer.scheduleWithFixedDelay(this::runQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** True for the URLs whose MVStore lives in this process and is written with WRITE_DELAY=0. */
    static boolean applies(String jdbcUrl, Dialect dialect) {
        return dialect == Dialect.H2 && Database.isEmbeddedFile(jdbcUrl);
    }

    static H2FileCompactor start(DataSource dataSource, Duration every) {
        return new H2FileCompactor(dataSource, every);
    }

    private void runQuietly() {
        if (broken) {
            return;
        }
        try {
            Run r = compactNow(dataSource);
            if (r.steps() > 0 || r.sizeAfter() != r.sizeBefore()) {
                log.debug("H2 file compacted: chunk fill rate {}% -> {}% in {} steps, {} -> {} bytes", r.fillRateBefore(),
                        r.fillRateAfter(), r.steps(), r.sizeBefore(), r.sizeAfter());
            }
        } catch (SQLException | RuntimeException e) {
            // A closed pool or database during shutdown ends up here too; nothing to do then.
            log.debug("H2 compaction skipped: {}", e.toString());
        } catch (LinkageError e) {
            broken = true;
            log.warn("H2 online compaction disabled (H2 engine classes changed?): {}; the database file may grow"
                    + " until it is closed", e.toString());
        }
    }

    /**
     * One compaction run on the database behind {@code dataSource}: rewrites sparse chunks until their fill rate
     * reaches {@link #TARGET_FILL_RATE}, nothing is left to rewrite, or a second has passed.
     */
    static Run compactNow(DataSource dataSource) throws SQLException {
        return compactNow(dataSource, SHRINK_ABOVE_BYTES);
    }

    static Run compactNow(DataSource dataSource, long shrinkAboveBytes) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            MVStore store = mvStore(c);
            if (store == null || store.isClosed() || store.getFileStore() == null || store.isReadOnly()) {
                return new Run(100, 100, 0, 0, 0);
            }
            FileStore<?> file = store.getFileStore();
            int before = file.getChunksFillRate();
            long sizeBefore = file.size();
            int steps = 0;
            long deadline = System.nanoTime() + BUDGET_NANOS;
            while (file.getChunksFillRate() < TARGET_FILL_RATE && System.nanoTime() < deadline
                    && store.compact(TARGET_FILL_RATE, WRITE_PER_STEP)) {
                // The rewritten pages are in memory until a commit writes them; then the old chunks are dead and
                // their space free for reuse (after the retention time).
                store.commit();
                steps++;
            }
            if (file.getFillRate() < SHRINK_BELOW_FILE_FILL_RATE && file.size() > shrinkAboveBytes) {
                int retention = store.getRetentionTime();
                try {
                    store.compactFile(SHRINK_MILLIS);
                } finally {
                    store.setRetentionTime(retention);
                }
            }
            return new Run(before, file.getChunksFillRate(), steps, sizeBefore, file.size());
        }
    }

    private static MVStore mvStore(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        Session session = c.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local)) {
            return null;
        }
        Store store = local.getDatabase().getStore();
        return store == null ? null : store.getMvStore();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
