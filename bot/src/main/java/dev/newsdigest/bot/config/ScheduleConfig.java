package dev.newsdigest.bot.config;

import java.time.Duration;

/**
 * {@code schedule.*}: polling defaults.
 *
 * @param every            poll interval of a source that does not set its own
 * @param workers          polls running at once (Quartz worker threads; bounded)
 * @param failureThreshold consecutive failures after which a source is shown as failing
 * @param maxBackoff       longest wait between attempts on a failing source
 * @param reloadEvery      how often {@code sources.yaml} and the source table are checked for changes
 * @param clustered        several instances share one PostgreSQL database (Quartz clustering, leader leases)
 * @param checkinInterval  clustered: how often an instance checks in; a silent instance's polls are taken over by
 *                         the others after about this plus 7.5 s (Quartz {@code clusterCheckinInterval})
 * @param startSpread      a new source's first poll falls somewhere in this window (hash of its id), so sources
 *                         added together do not fire together
 * @param stopTimeout      on SIGTERM, how long running polls may take to stop before the process exits anyway
 */
public record ScheduleConfig(Duration every, int workers, int failureThreshold, Duration maxBackoff,
                             Duration reloadEvery, boolean clustered, Duration checkinInterval, Duration startSpread,
                             Duration stopTimeout) {

    public static final Duration DEFAULT_CHECKIN = Duration.ofSeconds(15);
    public static final Duration DEFAULT_START_SPREAD = Duration.ofMinutes(5);
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

    /** The polling settings alone, with the defaults for clustering, first-fire spread and stop timeout. */
    public ScheduleConfig(Duration every, int workers, int failureThreshold, Duration maxBackoff, Duration reloadEvery,
                          boolean clustered) {
        this(every, workers, failureThreshold, maxBackoff, reloadEvery, clustered, DEFAULT_CHECKIN,
                DEFAULT_START_SPREAD, DEFAULT_STOP_TIMEOUT);
    }

    public static ScheduleConfig defaults() {
        return new ScheduleConfig(Duration.ofMinutes(10), 4, 3, Duration.ofHours(6), Duration.ofSeconds(5), false);
    }
}
