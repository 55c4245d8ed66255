package dev.newsdigest.bot.ingest;

import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.storage.SourceHealth;

/**
 * Where the poller reports a source that started failing and one that recovered (RELIABILITY F1). The poller calls
 * each once per failure streak: {@link #failing} when the streak reaches {@code schedule.failureThreshold}, and
 * {@link #recovered} at the first success after that. A call may repeat after a crash, with the same
 * {@code streak}; implementations make it idempotent with that key.
 */
public interface SourceAlerts {

    /**
     * @param health the source's state after the failure that reached the threshold (last error, failures in a row,
     *               next attempt)
     * @param streak identifies this failure streak (stable for the whole streak)
     */
    void failing(SourceConfig source, SourceHealth health, String streak);

    /**
     * @param before the source's state before the successful poll (the failures it recovered from)
     * @param streak the same key {@link #failing} had
     */
    void recovered(SourceConfig source, SourceHealth before, String streak);

    SourceAlerts NONE = new SourceAlerts() {
        @Override
        public void failing(SourceConfig source, SourceHealth health, String streak) {}

        @Override
        public void recovered(SourceConfig source, SourceHealth before, String streak) {}
    };

    /** The key of the streak a source is in (or just ended): its last success, which a failure does not move. */
    static String streak(SourceHealth h) {
        return h.sourceId() + ":" + (h.lastSuccessAt() == null ? "never" : h.lastSuccessAt().toEpochMilli());
    }
}
