package dev.newsdigest.bot.app;

import dev.newsdigest.bot.ingest.schedule.PollScheduler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the running scheduler in step with the sources, checked every {@code schedule.reloadEvery}:
 * {@code sources.yaml} is re-applied when its modification time or size changes (polling the file works on every
 * file system and in containers, where watch events are unreliable), and the jobs are re-synced when the source
 * table changed, whether through the file, the CLI in another process, a chat admin or another instance.
 */
final class SourcesReloader implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(SourcesReloader.class);

    private final BotContext ctx;
    private final PollScheduler scheduler;
    private String fileStamp;
    private String revision;

    SourcesReloader(BotContext ctx, PollScheduler scheduler) {
        this.ctx = ctx;
        this.scheduler = scheduler;
    }

    /** First sync at start: applies the file and schedules the enabled sources. */
    void initial() {
        fileStamp = stamp(ctx.loader.sourcesFile());
        ctx.applySourcesFile();
        revision = ctx.registry.revision();
        scheduler.sync(ctx.registry.enabled());
    }

    @Override
    public void run() {
        try {
            String stamp = stamp(ctx.loader.sourcesFile());
            if (!Objects.equals(stamp, fileStamp)) {
                fileStamp = stamp;
                log.info("{} changed; reloading", ctx.loader.sourcesFile());
                ctx.applySourcesFile();
            }
            String now = ctx.registry.revision();
            if (!now.equals(revision)) {
                revision = now;
                scheduler.sync(ctx.registry.enabled());
            }
        } catch (RuntimeException e) {
            // A database hiccup must not kill the reload loop; the next tick tries again (RELIABILITY C8).
            log.warn("source reload failed: {}", e.getMessage());
        }
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() + ":" + a.size();
        } catch (NoSuchFileException e) {
            return "absent";
        } catch (IOException e) {
            return "unreadable:" + e.getMessage();
        }
    }
}
