package dev.newsdigest.bot.ingest.schedule;

import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Child JVM for {@link PollSchedulerRecoveryTest}: starts the scheduler on the given database, fires the job of
 * source {@code args[2]} and, inside the job, writes the marker file and hangs until it is killed.
 */
public final class RecoveryChild {
    public static void main(String[] args) throws Exception {
        Database db = Database.open(new StorageConfig(args[0], null, Secret.empty(), 3));
        Path marker = Path.of(args[1]);
        String id = args[2];
        PollScheduler scheduler = new PollScheduler(db, PollSchedulerTest.CONFIG_FOR_CHILD, (sourceId, cancelled) -> {
            try {
                Files.writeString(marker, sourceId);
                Thread.sleep(Duration.ofHours(1).toMillis());
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, Clock.systemUTC());
        scheduler.sync(List.of(PollSchedulerTest.source(id, Duration.ofHours(1))));
        scheduler.start();
        scheduler.pollNow(id);
        Thread.sleep(Duration.ofHours(1).toMillis());
    }
}
