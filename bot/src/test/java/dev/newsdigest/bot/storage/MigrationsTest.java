package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same migrations bring up the whole schema on H2 and on a real PostgreSQL, and running them again is a no-op. */
class MigrationsTest {
    private static final List<String> TABLES = List.of("sources", "source_health", "stories", "articles",
            "article_sources", "digests", "people", "person_aliases", "article_people", "quotes", "audit_log",
            "chats", "subscriptions", "processed_updates", "routed_stories", "outbox", "leases",
            "qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_fired_triggers", "qrtz_locks",
            "qrtz_scheduler_state");

    @TempDir
    Path dir;

    @Test
    void migratesH2TwiceWithoutChange() {
        check(TestDatabases.h2(dir), Dialect.H2);
    }

    @Test
    void migratesPostgresTwiceWithoutChange() {
        check(TestDatabases.postgres(), Dialect.POSTGRESQL);
    }

    private static void check(StorageConfig config, Dialect expected) {
        try (Database db = Database.open(config)) {
            assertThat(db.dialect()).isEqualTo(expected);
            assertThat(tables(db)).containsAll(TABLES);
        }
        // Reopening runs Flyway again: nothing to apply, nothing fails.
        try (Database db = Database.open(config)) {
            int applied = db.read("history", c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"type\" = 'SQL'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(applied).isEqualTo(6);
        }
    }

    private static List<String> tables(Database db) {
        return db.read("tables", c -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        });
    }
}
