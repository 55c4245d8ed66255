package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.config.SourceDraft;
import dev.newsdigest.bot.ingest.schedule.PollScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running bot follows sources.yaml and admin edits: a valid edit of the file reschedules, an invalid one is
 * refused and the previous sources keep running, an admin edit from another process is picked up from the database.
 */
class SourcesReloaderTest {
    @TempDir
    Path dir;

    @Test
    void followsFileEditsRefusesInvalidOnesAndPicksUpAdminEdits() throws Exception {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"),
                "storage:\n  url: jdbc:h2:file:" + dir.resolve("data/nd").toAbsolutePath() + "\n");
        Path sources = config.resolve("sources.yaml");
        write(sources, "sources:\n  - id: a\n    url: https://a.example/rss\n", 1);

        try (BotContext ctx = BotContext.open(config)) {
            PollScheduler scheduler = new PollScheduler(ctx.db, ctx.config.schedule(), (id, c) -> null, ctx.clock);
            try {
                SourcesReloader reloader = new SourcesReloader(ctx, scheduler);
                reloader.initial();
                assertThat(scheduler.scheduledSources()).containsExactly("a");

                write(sources, "sources:\n  - id: a\n    url: https://a.example/rss\n  - id: b\n    url: https://b.example/rss\n", 2);
                reloader.run();
                assertThat(scheduler.scheduledSources()).containsExactlyInAnyOrder("a", "b");

                // A broken edit (bad interval on line 3) is refused: a and b keep running, c does not appear.
                write(sources, "sources:\n  - id: c\n    every: soon\n    url: https://c.example/rss\n", 3);
                reloader.run();
                assertThat(scheduler.scheduledSources()).containsExactlyInAnyOrder("a", "b");
                assertThat(ctx.registry.find("c")).isEmpty();

                // An admin (CLI in another process, or chat) disables b: the next tick drops its job.
                ctx.admin.setEnabled("b", false, "cli:test");
                reloader.run();
                assertThat(scheduler.scheduledSources()).containsExactly("a");
                ctx.admin.add(new SourceDraft("command line", 0).set("id", "d").set("url", "https://d.example/rss"), "cli:test");
                reloader.run();
                assertThat(scheduler.scheduledSources()).containsExactlyInAnyOrder("a", "d");
            } finally {
                scheduler.close();
            }
        }
    }

    /** Writes the file with a distinct modification time (file systems with coarse timestamps). */
    private static void write(Path file, String text, int version) throws Exception {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(version)));
    }
}
