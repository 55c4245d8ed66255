package dev.newsdigest.bot.ingest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.config.ScheduleConfig;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.testing.TestDatabases;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import dev.newsdigest.bot.ingest.PollOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quartz with the JDBC job store in our own database, on H2 and PostgreSQL. */
class PollSchedulerTest {
    static final ScheduleConfig CONFIG_FOR_CHILD = new ScheduleConfig(Duration.ofMinutes(10), 2, 3, Duration.ofHours(1),
            Duration.ofSeconds(5), false);
    private static final ScheduleConfig CONFIG = new ScheduleConfig(Duration.ofMinutes(10), 2, 3, Duration.ofHours(1),
            Duration.ofSeconds(5), false);

    @TempDir
    Path dir;

    static SourceConfig source(String id, Duration every) {
        return new SourceConfig(id, id, URI.create("https://" + id + ".example/rss"), null, every, false, null,
                List.of(), List.of(), true, null);
    }

    /** Records (source id, time) of every fire. */
    static class Recorder implements SourceJobs {
        final Queue<String> fired = new ConcurrentLinkedQueue<>();
        final Queue<Instant> times = new ConcurrentLinkedQueue<>();

        @Override
        public dev.newsdigest.bot.ingest.PollOutcome poll(String sourceId, java.util.function.BooleanSupplier cancelled) {
            fired.add(sourceId);
            times.add(Instant.now());
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void syncKeepsOneJobPerEnabledSourceAndIsIdempotent(String kind) throws Exception {
        StorageConfig storage = TestDatabases.of(kind, dir);
        try (Database db = Database.open(storage)) {
            PollScheduler scheduler = new PollScheduler(db, CONFIG, new Recorder(), Clock.systemUTC());
            try {
                scheduler.sync(List.of(source("a", Duration.ofMinutes(10)), source("b", Duration.ofMinutes(30))));
                assertThat(scheduler.scheduledSources()).containsExactlyInAnyOrder("a", "b");
                Instant nextA = scheduler.nextFire("a");
                // The first fire is spread by a hash of the id, within five minutes.
                assertThat(nextA).isBetween(Instant.now().minusSeconds(1), Instant.now().plus(Duration.ofMinutes(5)));
                scheduler.sync(List.of(source("a", Duration.ofMinutes(10)), source("b", Duration.ofMinutes(30))));
                assertThat(scheduler.nextFire("a")).isEqualTo(nextA);
                scheduler.sync(List.of(source("a", Duration.ofMinutes(20))));
                assertThat(scheduler.scheduledSources()).containsExactly("a");
            } finally {
                scheduler.close();
            }
            // The jobs live in the database: a new scheduler (a restart) finds them without a sync.
            PollScheduler restarted = new PollScheduler(db, CONFIG, new Recorder(), Clock.systemUTC());
            try {
                assertThat(restarted.scheduledSources()).containsExactly("a");
            } finally {
                restarted.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void jobsFireAtTheirIntervalAndOnDemand(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.of(kind, dir))) {
            Recorder recorder = new Recorder();
            PollScheduler scheduler = new PollScheduler(db, CONFIG, recorder, Clock.systemUTC());
            try {
                scheduler.sync(List.of(source("fast", Duration.ofMillis(500)), source("slow", Duration.ofHours(1))));
                scheduler.start();
                scheduler.pollNow("slow");
                waitUntil(() -> recorder.fired.stream().filter("fast"::equals).count() >= 3
                        && recorder.fired.contains("slow"), Duration.ofSeconds(20));
                assertThat(scheduler.running()).isTrue();
            } finally {
                scheduler.close();
            }
            assertThat(scheduler.running()).isFalse();
        }
    }

    /** RELIABILITY C5: after downtime that missed many fires, the job fires once, not once per missed interval. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void c5MissedFiresAfterDowntimeFireOnce(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.of(kind, dir))) {
            Duration every = Duration.ofSeconds(2);
            PollScheduler first = new PollScheduler(db, CONFIG, new Recorder(), Clock.systemUTC(), Duration.ofMillis(500));
            first.sync(List.of(source("s", every)));
            first.close(); // never started: the bot is "down" from here
            Thread.sleep(every.multipliedBy(5).toMillis()); // five fires missed

            Recorder recorder = new Recorder();
            PollScheduler second = new PollScheduler(db, CONFIG, recorder, Clock.systemUTC(), Duration.ofMillis(500));
            try {
                Instant started = Instant.now();
                second.start();
                waitUntil(() -> !recorder.fired.isEmpty(), Duration.ofSeconds(10));
                Thread.sleep(1000); // well inside the next interval
                assertThat(recorder.fired).hasSize(1);
                assertThat(recorder.times.peek()).isBefore(started.plusSeconds(5));
            } finally {
                second.close();
            }
        }
    }

    /**
     * RELIABILITY L1: a fire whose poll found its host busy is retried soon by a one-off trigger instead of waiting a
     * whole interval; once a poll gets through, no more retries.
     */
    @Test
    void l1_aPollThatFoundItsHostBusyIsRetriedSoonThenNotAgain() throws Exception {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            java.util.concurrent.atomic.AtomicInteger busyLeft = new java.util.concurrent.atomic.AtomicInteger(2);
            Recorder recorder = new Recorder() {
                @Override
                public PollOutcome poll(String sourceId, java.util.function.BooleanSupplier cancelled) {
                    super.poll(sourceId, cancelled);
                    return busyLeft.getAndDecrement() > 0
                            ? new PollOutcome(sourceId, PollOutcome.Status.SKIPPED, "HOST_BUSY", "host busy",
                                    PollOutcome.Counts.NONE, Duration.ZERO, null)
                            : null;
                }
            };
            PollScheduler scheduler = new PollScheduler(db, CONFIG, recorder, Clock.systemUTC(), Duration.ofMinutes(1),
                    Duration.ofMillis(300));
            try {
                scheduler.sync(List.of(source("busy", Duration.ofHours(1))));
                Instant regular = scheduler.nextFire("busy");
                scheduler.start();
                scheduler.pollNow("busy");
                waitUntil(() -> recorder.fired.size() >= 3, Duration.ofSeconds(20));
                Thread.sleep(1500);   // five retry delays: nothing more fires
                assertThat(recorder.fired).containsExactly("busy", "busy", "busy");
                // The regular trigger is untouched: its next fire is where it was.
                assertThat(scheduler.nextFire("busy")).isEqualTo(regular);
            } finally {
                scheduler.close();
            }
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
