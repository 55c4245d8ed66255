package dev.newsdigest.bot.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.testing.ChildJvm;
import dev.newsdigest.bot.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY C1: a JVM killed with SIGKILL in the middle of a poll; at the next start Quartz re-runs the job at
 * once (the job requests recovery), instead of waiting for its next regular fire an hour later.
 */
class PollSchedulerRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void c1JobCutByKillMinus9RunsAgainAtStart() throws Exception {
        String id = "c1-source";
        // Its regular first fire is more than a minute away, so a fire right after restart can only be recovery.
        assertThat(PollScheduler.jitter(id, Duration.ofHours(1))).isGreaterThan(Duration.ofMinutes(1));
        StorageConfig storage = TestDatabases.h2(dir);
        Path marker = dir.resolve("in-job");
        Process child = ChildJvm.start(RecoveryChild.class, dir.resolve("child.log"), storage.url(), marker.toString(), id);
        try {
            ChildJvm.waitFor(() -> Files.exists(marker), Duration.ofSeconds(60), child, dir.resolve("child.log"));
        } finally {
            child.destroyForcibly().waitFor();
        }

        try (Database db = Database.open(storage)) {
            PollSchedulerTest.Recorder recorder = new PollSchedulerTest.Recorder();
            PollScheduler scheduler = new PollScheduler(db, PollSchedulerTest.CONFIG_FOR_CHILD, recorder, Clock.systemUTC());
            try {
                assertThat(scheduler.nextFire(id)).isAfter(Instant.now().plusSeconds(30));
                scheduler.start();
                PollSchedulerTest.waitUntil(() -> recorder.fired.contains(id), Duration.ofSeconds(30));
                assertThat(List.copyOf(recorder.fired)).containsExactly(id);
            } finally {
                scheduler.close();
            }
        }
    }
}
