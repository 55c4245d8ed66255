package dev.newsdigest.bot.config;

import java.time.Duration;

/**
 * {@code delivery.*}: how the outbox is sent.
 *
 * @param leaderLease with {@code schedule.clustered}: one instance at a time sends (and one polls Telegram); it holds
 *                    a lease row in the database for this long and renews it every third of it. When it dies, another
 *                    instance takes over after at most this long.
 * @param claimLease  how long a claimed outbox row stays with its sender; when the sender dies, the row is resolved
 *                    (sent again or marked in doubt) after this. Longer than any single send.
 * @param routeEvery  how often new stories are matched to subscribed chats and queued
 */
public record DeliveryConfig(Duration leaderLease, Duration claimLease, Duration routeEvery) {
    public static DeliveryConfig defaults() {
        return new DeliveryConfig(Duration.ofSeconds(15), Duration.ofMinutes(2), Duration.ofSeconds(10));
    }
}
