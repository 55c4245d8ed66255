package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * C1 (storage growth): under WRITE_DELAY=0 every commit is a new MVStore chunk and H2 compacts nothing by itself;
 * {@link H2FileCompactor} must keep the file near the size of its live data. RETENTION_TIME=0 lets chunks be
 * rewritten at once instead of after H2's 45 seconds, so the test needs no waiting.
 */
class H2FileCompactorTest {
    private static final int COMMITS = 1000;

    @TempDir
    Path dir;

    @Test
    void c1_manySmallCommitsLeaveSparseChunksThatTheCompactorRewrites() throws Exception {
        Path file = dir.resolve("nd.mv.db");
        String url = "jdbc:h2:file:" + dir.resolve("nd").toAbsolutePath() + ";RETENTION_TIME=0";
        try (Database db = Database.open(new StorageConfig(url, null, Secret.empty(), 2))) {
            writeManySmallCommits(db);
            int sparse = chunksFillRate(db);
            long grown = Files.size(file);
            assertThat(sparse).as("chunks fill rate after %d commits", COMMITS).isLessThan(H2FileCompactor.TARGET_FILL_RATE);

            H2FileCompactor.Run run = H2FileCompactor.compactNow(db.dataSource());
            assertThat(run.steps()).isPositive();
            assertThat(run.fillRateAfter()).isGreaterThan(run.fillRateBefore());

            // Space freed by the rewrite is reused: the same amount of writing again grows the file far less.
            writeManySmallCommits(db);
            H2FileCompactor.compactNow(db.dataSource());
            writeManySmallCommits(db);
            long after = Files.size(file);
            assertThat(after).as("file after twice as many commits again, with compaction between")
                    .isLessThan(grown * 2);
            assertThat(rows(db)).isEqualTo(COMMITS);
        }
    }

    @Test
    void c1_aMostlyFreeFileIsShrunkWhileWritersGoOnAndNoRowIsLost() throws Exception {
        Path file = dir.resolve("nd.mv.db");
        String url = "jdbc:h2:file:" + dir.resolve("nd").toAbsolutePath() + ";RETENTION_TIME=0";
        try (Database db = Database.open(new StorageConfig(url, null, Secret.empty(), 4))) {
            writeManySmallCommits(db);
            H2FileCompactor.compactNow(db.dataSource(), Long.MAX_VALUE);   // rewrite only: the file stays as large
            long grown = Files.size(file);

            // Writers keep committing while the compactor moves chunks and truncates.
            java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor();
            java.util.concurrent.Future<?> writes = writer.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    int id = COMMITS + i;
                    db.inTransaction("write", c -> {
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO growth (id, body) VALUES (?, ?)")) {
                            ps.setInt(1, id);
                            ps.setString(2, body(id));
                            ps.executeUpdate();
                        }
                        return null;
                    });
                }
            });
            long smallest = grown;
            while (!writes.isDone()) {
                smallest = Math.min(smallest, H2FileCompactor.compactNow(db.dataSource(), 0).sizeAfter());
            }
            writes.get();
            writer.shutdown();
            smallest = Math.min(smallest, H2FileCompactor.compactNow(db.dataSource(), 0).sizeAfter());
            assertThat(smallest).as("file after shrinking, was %d bytes", grown).isLessThan(grown / 2);
            assertThat(rows(db)).isEqualTo(COMMITS + 300);
            assertThat(bodiesIntact(db)).isTrue();
        }
        // And the file opens again with every row (nothing the shrinking moved was lost).
        try (Database db = Database.open(new StorageConfig(url, null, Secret.empty(), 2))) {
            assertThat(rows(db)).isEqualTo(COMMITS + 300);
            assertThat(bodiesIntact(db)).isTrue();
        }
    }

    @Test
    void compactorAppliesOnlyToEmbeddedH2Files() {
        assertThat(H2FileCompactor.applies("jdbc:h2:file:./data/nd", Dialect.H2)).isTrue();
        assertThat(H2FileCompactor.applies("jdbc:h2:./data/nd", Dialect.H2)).isTrue();
        assertThat(H2FileCompactor.applies("jdbc:h2:mem:x", Dialect.H2)).isFalse();
        assertThat(H2FileCompactor.applies("jdbc:h2:tcp://localhost/./data/nd", Dialect.H2)).isFalse();
        assertThat(H2FileCompactor.applies("jdbc:postgresql://db/nd", Dialect.POSTGRESQL)).isFalse();
    }

    /** One row per commit, then each row updated in its own commit: the bot's write pattern (small transactions). */
    private static void writeManySmallCommits(Database db) {
        db.inTransaction("create", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS growth (id INT PRIMARY KEY, body VARCHAR(2000))");
            }
            return null;
        });
        for (int i = 0; i < COMMITS; i++) {
            int id = i;
            db.inTransaction("write", c -> {
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO growth (id, body) KEY (id) VALUES (?, ?)")) {
                    ps.setInt(1, id);
                    ps.setString(2, body(id));
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    private static String body(int id) {
        return ("row " + id + " ").repeat(40);
    }

    private static boolean bodiesIntact(Database db) {
        return db.read("bodies", c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, body FROM growth")) {
                while (rs.next()) {
                    if (!body(rs.getInt(1)).equals(rs.getString(2))) {
                        return false;
                    }
                }
                return true;
            }
        });
    }

    private static int rows(Database db) {
        return db.read("count", c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM growth")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static int chunksFillRate(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }
}
