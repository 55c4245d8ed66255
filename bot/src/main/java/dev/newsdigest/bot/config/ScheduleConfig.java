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
 * @param clustered        several instances share the database (Quartz clustering; see the scale-out issue)
 */
public record ScheduleConfig(Duration every, int workers, int failureThreshold, Duration maxBackoff,
                             Duration reloadEvery, boolean clustered) {
    public static ScheduleConfig defaults() {
        return new ScheduleConfig(Duration.ofMinutes(10), 4, 3, Duration.ofHours(6), Duration.ofSeconds(5), false);
    }
}
