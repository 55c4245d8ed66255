package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdigest.bot.config.ConfigException;
import dev.newsdigest.bot.config.ScheduleConfig;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.config.SourceDraft;
import dev.newsdigest.bot.config.SourceValidator;
import dev.newsdigest.bot.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** sources.yaml and admin edits meet in the database: the latest change of a source wins, and survives restarts. */
class SourceRegistryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-20T10:00:00Z"), ZoneOffset.UTC);
    private final SourceValidator validator = new SourceValidator(ScheduleConfig.defaults());

    @TempDir
    Path dir;
    private Database db;

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    private SourceConfig source(String id, String every) throws ConfigException {
        return validator.validate(new SourceDraft("sources.yaml", 1).set("id", id)
                .set("url", "https://" + id + ".example/rss").set("every", every));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void fileAndAdminEditsCombineAndSurviveRestart(String kind) throws Exception {
        var config = TestDatabases.of(kind, dir);
        db = Database.open(config);
        SourceRegistry registry = new SourceRegistry(db, CLOCK);
        AuditLog audit = new AuditLog(db);
        SourceAdmin admin = new SourceAdmin(registry, validator, audit, CLOCK);

        var first = registry.reconcile(List.of(source("a", "10m"), source("b", "10m")), "file:sources.yaml");
        assertThat(first.added()).containsExactly("a", "b");

        // Admin slows a down, removes b, adds c.
        admin.set("a", "every", "1h", "cli:alice");
        admin.remove("b", "cli:alice");
        admin.add(new SourceDraft("command line", 0).set("id", "c").set("url", "https://c.example/feed"), "cli:alice");

        // Restart: the unchanged file is applied again and overrides nothing.
        db.close();
        db = Database.open(config);
        registry = new SourceRegistry(db, CLOCK);
        audit = new AuditLog(db);
        admin = new SourceAdmin(registry, validator, audit, CLOCK);
        var again = registry.reconcile(List.of(source("a", "10m"), source("b", "10m")), "file:sources.yaml");
        assertThat(again.changed()).isFalse();
        assertThat(registry.find("a").orElseThrow().every()).isEqualTo(Duration.ofHours(1));
        assertThat(registry.find("b")).isEmpty();
        assertThat(registry.find("c")).isPresent();

        // Editing a's entry in the file is newer than the admin edit: the file wins. Dropping b from the file
        // changes nothing more (already removed); c, added by an admin, is not the file's to remove.
        var edited = registry.reconcile(List.of(source("a", "30m")), "file:sources.yaml");
        assertThat(edited.updated()).containsExactly("a");
        assertThat(edited.removed()).isEmpty();
        assertThat(registry.find("a").orElseThrow().every()).isEqualTo(Duration.ofMinutes(30));
        assertThat(registry.list()).extracting(s -> s.config().id()).containsExactly("a", "c");

        // Dropping a from the file removes it; an admin can then bring it back and the file leaves it alone.
        assertThat(registry.reconcile(List.of(), "file:sources.yaml").removed()).containsExactly("a");
        admin.add(new SourceDraft("command line", 0).set("id", "a").set("url", "https://a2.example/rss"), "cli:bob");
        assertThat(registry.reconcile(List.of(), "file:sources.yaml").changed()).isFalse();
        assertThat(registry.find("a").orElseThrow().url()).hasToString("https://a2.example/rss");

        List<AuditLog.Entry> log = audit.recent(100);
        assertThat(log).extracting(AuditLog.Entry::actor).contains("cli:alice", "cli:bob", "file:sources.yaml");
        assertThat(log).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("source.set every");
            assertThat(e.target()).isEqualTo("a");
            assertThat(e.actor()).isEqualTo("cli:alice");
            assertThat(e.at()).isEqualTo(CLOCK.instant());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void adminEditsAreValidatedAndRefusalsAudited(String kind) throws Exception {
        db = Database.open(TestDatabases.of(kind, dir));
        SourceRegistry registry = new SourceRegistry(db, CLOCK);
        AuditLog audit = new AuditLog(db);
        SourceAdmin admin = new SourceAdmin(registry, validator, audit, CLOCK);
        admin.add(new SourceDraft("cli", 0).set("id", "a").set("url", "https://a.example/rss"), "cli:alice");
        assertThatThrownBy(() -> admin.add(new SourceDraft("cli", 0).set("id", "a").set("url", "https://x.example"), "cli:alice"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> admin.set("a", "url", "file:///etc/passwd", "telegram:1"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must be http or https");
        assertThatThrownBy(() -> admin.set("zzz", "every", "1h", "telegram:1"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no source with id 'zzz'");
        assertThat(registry.find("a").orElseThrow().url()).hasToString("https://a.example/rss");
        admin.setEnabled("a", false, "telegram:1");
        assertThat(registry.enabled()).isEmpty();
        admin.refused("telegram:999", "source.add", "x", "not an admin");
        assertThat(audit.recent(1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("source.add.refused");
            assertThat(e.actor()).isEqualTo("telegram:999");
        });
    }
}
