package dev.newsdigest.bot.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdigest.bot.config.ScheduleConfig;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.LeaseStore;
import dev.newsdigest.bot.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RELIABILITY C7: an instance whose mode would corrupt the others is refused at start, with the fix in the message. */
class ClusterGuardTest {
    private static final Duration TTL = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private static ScheduleConfig schedule(boolean clustered) {
        ScheduleConfig d = ScheduleConfig.defaults();
        return new ScheduleConfig(d.every(), d.workers(), d.failureThreshold(), d.maxBackoff(), d.reloadEvery(), clustered);
    }

    @Test
    void c7ClusteredOnH2IsRefused() {
        StorageConfig h2 = TestDatabases.h2(dir);
        try (Database db = Database.open(h2)) {
            ClusterGuard guard = new ClusterGuard(db, h2.url(), new LeaseStore(db), schedule(true), Clock.systemUTC());
            assertThatThrownBy(() -> guard.check("me", TTL)).isInstanceOf(ClusterGuard.Refused.class)
                    .hasMessageContaining("schedule.clustered needs PostgreSQL");
            // A single instance on H2 needs no lease: the file lock already keeps others out.
            new ClusterGuard(db, h2.url(), new LeaseStore(db), schedule(false), Clock.systemUTC()).check("me", TTL);
            assertThat(new LeaseStore(db).holder(ClusterGuard.SINGLE_INSTANCE)).isEmpty();
        }
    }

    @Test
    void c7H2ThatLetsSeveralProcessesInIsGuardedLikePostgres() {
        assertThat(ClusterGuard.shareableH2("jdbc:h2:file:./data/nd;AUTO_SERVER=TRUE")).isTrue();
        assertThat(ClusterGuard.shareableH2("jdbc:h2:tcp://db/nd")).isTrue();
        assertThat(ClusterGuard.shareableH2("jdbc:h2:file:./data/nd;FILE_LOCK=NO")).isTrue();
        assertThat(ClusterGuard.shareableH2("jdbc:h2:file:./data/nd")).isFalse();
        StorageConfig shared = new StorageConfig(TestDatabases.h2(dir).url() + ";FILE_LOCK=NO", null,
                dev.newsdigest.bot.config.Secret.empty(), 2);
        try (Database db = Database.open(shared)) {
            new ClusterGuard(db, shared.url(), new LeaseStore(db), schedule(false), Clock.systemUTC()).check("first", TTL);
            assertThat(new LeaseStore(db).holder(ClusterGuard.SINGLE_INSTANCE).orElseThrow().holder()).isEqualTo("first");
            assertThatThrownBy(() -> new ClusterGuard(db, shared.url(), new LeaseStore(db), schedule(false),
                    Clock.systemUTC()).check("second", Duration.ofMillis(200)))
                    .isInstanceOf(ClusterGuard.Refused.class).hasMessageContaining("first");
        }
    }

    @Test
    void c7ClockSkewFromTheDatabaseIsMeasured() {
        StorageConfig config = TestDatabases.postgres();
        try (Database db = Database.open(config)) {
            LeaseStore leases = new LeaseStore(db);
            ClusterGuard inSync = new ClusterGuard(db, config.url(), leases, schedule(true), Clock.systemUTC());
            assertThat(inSync.clockSkew()).isLessThan(ClusterGuard.MAX_SKEW);
            ClusterGuard skewed = new ClusterGuard(db, config.url(), leases, schedule(true),
                    Clock.offset(Clock.systemUTC(), Duration.ofSeconds(5)));
            assertThat(skewed.clockSkew()).isGreaterThan(Duration.ofSeconds(4));
            skewed.check("skewed", TTL); // a warning in the log, not a refusal: leases use the database's clock
        }
    }

    @Test
    void c7NonClusteredInstanceNextToLiveClusteredOnesIsRefused() {
        StorageConfig config = TestDatabases.postgres();
        try (Database db = Database.open(config)) {
            // A clustered member that checked in just now, as Quartz records it.
            db.inTransaction("member", c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO QRTZ_SCHEDULER_STATE (SCHED_NAME, "
                        + "INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL) VALUES ('newsdigest', 'host-a1', ?, 15000)")) {
                    ps.setLong(1, System.currentTimeMillis());
                    return ps.executeUpdate();
                }
            });
            ClusterGuard single = new ClusterGuard(db, config.url(), new LeaseStore(db), schedule(false), Clock.systemUTC());
            assertThatThrownBy(() -> single.check("lonely", TTL)).isInstanceOf(ClusterGuard.Refused.class)
                    .hasMessageContaining("host-a1").hasMessageContaining("schedule.clustered: true");
            // A member silent for longer than Quartz's own failure rule is no longer counted.
            db.inTransaction("stale", c -> c.createStatement().executeUpdate(
                    "UPDATE QRTZ_SCHEDULER_STATE SET LAST_CHECKIN_TIME = " + (System.currentTimeMillis() - 60_000)));
            single.check("lonely", TTL);
        }
    }

    @Test
    void c7SecondNonClusteredInstanceIsRefusedAndAClusteredOneToo() {
        StorageConfig config = TestDatabases.postgres();
        try (Database a = Database.open(config); Database b = Database.open(config)) {
            new ClusterGuard(a, config.url(), new LeaseStore(a), schedule(false), Clock.systemUTC()).check("first", TTL);
            // "first" keeps renewing, as its Leadership role does.
            Thread renew = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    new LeaseStore(a).tryAcquire(ClusterGuard.SINGLE_INSTANCE, "first", TTL);
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            renew.start();
            try {
                assertThatThrownBy(() -> new ClusterGuard(b, config.url(), new LeaseStore(b), schedule(false), Clock.systemUTC())
                        .check("second", TTL)).isInstanceOf(ClusterGuard.Refused.class).hasMessageContaining("first");
                assertThatThrownBy(() -> new ClusterGuard(b, config.url(), new LeaseStore(b), schedule(true), Clock.systemUTC())
                        .check("clustered", TTL)).isInstanceOf(ClusterGuard.Refused.class)
                        .hasMessageContaining("non-clustered instance (first)");
            } finally {
                renew.interrupt();
            }
            // "first" was killed: its lease runs out and a restart goes ahead (after waiting at most the lease).
            new ClusterGuard(b, config.url(), new LeaseStore(b), schedule(false), Clock.systemUTC()).check("restarted", TTL);
            assertThat(new LeaseStore(b).holder(ClusterGuard.SINGLE_INSTANCE).orElseThrow().holder()).isEqualTo("restarted");
        }
    }
}
