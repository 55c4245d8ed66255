package dev.newsdigest.bot.cluster;

import dev.newsdigest.bot.config.ScheduleConfig;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.Dialect;
import dev.newsdigest.bot.storage.LeaseStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up checks that keep a misconfigured instance from corrupting a cluster (RELIABILITY C7). Quartz's own
 * advice: "never fire up a non-clustered instance against the same set of tables that any other instance is running
 * against", and "clocks must be within a second".
 * <ul>
 *   <li>{@code schedule.clustered} on H2: refused (an H2 file belongs to one process).</li>
 *   <li>A clustered instance while a non-clustered one holds the database: refused.</li>
 *   <li>A non-clustered instance while clustered ones check in: refused.</li>
 *   <li>Two non-clustered instances on one PostgreSQL (or an H2 that lets several processes in): the second is refused (the first holds the
 *       {@value #SINGLE_INSTANCE} lease; after a crash its lease expires and a restart proceeds).</li>
 *   <li>This machine's clock more than a second away from the database's: a loud warning (Quartz's cluster
 *       check-ins compare instance clocks; our leases use the database's clock and do not care).</li>
 * </ul>
 */
public final class ClusterGuard {
    private static final Logger log = LoggerFactory.getLogger(ClusterGuard.class);
    public static final String SINGLE_INSTANCE = "single-instance";
    static final Duration MAX_SKEW = Duration.ofSeconds(1);

    /** The instance must not start; the message says why and what to change. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    private final Database db;
    private final LeaseStore leases;
    private final ScheduleConfig schedule;
    private final Clock clock;
    private final String url;

    /** @param url the JDBC URL (an H2 URL that lets several processes in is guarded like PostgreSQL) */
    public ClusterGuard(Database db, String url, LeaseStore leases, ScheduleConfig schedule, Clock clock) {
        this.url = url;
        this.db = db;
        this.leases = leases;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * Runs the checks for this instance's mode. A non-clustered instance on PostgreSQL leaves holding the
     * {@value #SINGLE_INSTANCE} lease under {@code holder} (waiting up to {@code ttl} for a crashed predecessor's lease
     * to run out); keep it renewed with a {@link Leadership} role of that name.
     *
     * @throws Refused when this instance must not start
     */
    public void check(String holder, Duration ttl) {
        if (schedule.clustered()) {
            if (db.dialect() == Dialect.H2) {
                throw new Refused("schedule.clustered needs PostgreSQL (storage.url jdbc:postgresql://...): an H2 "
                        + "database belongs to one process");
            }
            Optional<LeaseStore.Holder> single = leases.holder(SINGLE_INSTANCE);
            if (single.isPresent() && single.get().live()) {
                throw new Refused("a non-clustered instance (" + single.get().holder() + ") is running on this "
                        + "database; stop it or set schedule.clustered: true on every instance");
            }
            warnOnClockSkew();
            return;
        }
        if (db.dialect() != Dialect.POSTGRESQL && !shareableH2(url)) {
            return; // an embedded H2 file is locked by its one process
        }
        List<String> clustered = liveClusteredSchedulers();
        if (!clustered.isEmpty()) {
            throw new Refused("clustered instances are running on this database (" + String.join(", ", clustered)
                    + "); set schedule.clustered: true to join them");
        }
        long deadline = System.nanoTime() + ttl.plusSeconds(1).toNanos();
        while (true) {
            if (leases.tryAcquire(SINGLE_INSTANCE, holder, ttl).isPresent()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                String other = leases.holder(SINGLE_INSTANCE).map(LeaseStore.Holder::holder).orElse("?");
                throw new Refused("another non-clustered instance (" + other + ") is running on this database; "
                        + "several instances need schedule.clustered: true on each");
            }
            log.info("waiting for the previous instance's lease on this database to run out");
            sleep(Duration.ofMillis(500));
        }
    }

    /**
     * True for an H2 URL that several processes can open at once (the automatic mixed mode, a server, or the file
     * lock turned off): such a database needs the single-instance lease too.
     */
    public static boolean shareableH2(String url) {
        String u = url.toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return u.startsWith("JDBC:H2:") && (u.contains("AUTO_SERVER=TRUE") || u.contains("FILE_LOCK=NO")
                || u.startsWith("JDBC:H2:TCP:") || u.startsWith("JDBC:H2:SSL:"));
    }

    /** Quartz instances of our scheduler that checked in recently, by the check-in rule Quartz itself uses. */
    List<String> liveClusteredSchedulers() {
        return db.read("cluster members", c -> {
            List<String> live = new ArrayList<>();
            long now = clock.millis();
            try (PreparedStatement ps = c.prepareStatement("SELECT INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL "
                    + "FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'newsdigest'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long last = rs.getLong(2);
                    long interval = rs.getLong(3);
                    // Quartz (ClusterManager) declares an instance dead after its interval plus 7.5 s of silence.
                    if (last + Math.max(2 * interval, interval + 7_500) > now) {
                        live.add(rs.getString(1));
                    }
                }
            }
            return live;
        });
    }

    /** How far this machine's clock is from the database's, less half the round trip's uncertainty. */
    Duration clockSkew() {
        Instant before = clock.instant();
        Instant dbNow = leases.databaseNow();
        Instant after = clock.instant();
        Duration rtt = Duration.between(before, after);
        Instant local = before.plus(rtt.dividedBy(2));
        Duration skew = Duration.between(local, dbNow).abs().minus(rtt.dividedBy(2));
        return skew.isNegative() ? Duration.ZERO : skew;
    }

    private void warnOnClockSkew() {
        Duration skew = clockSkew();
        if (skew.compareTo(MAX_SKEW) > 0) {
            log.warn("CLOCK SKEW: this machine's clock is {} ms away from the database's; Quartz clustering needs "
                    + "the instances' clocks within a second of each other (run NTP)", skew.toMillis());
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted while waiting for the database lease");
        }
    }
}
