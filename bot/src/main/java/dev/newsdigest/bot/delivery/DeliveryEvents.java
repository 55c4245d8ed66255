package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.Platform;

/** What the relay reports for metrics: the outcome of every send attempt, by platform. */
@FunctionalInterface
public interface DeliveryEvents {

    /** @param outcome sent, retry_after, unavailable, gone, migrated, rejected, in_doubt, handed_back */
    void outcome(Platform platform, String outcome);

    DeliveryEvents NONE = (platform, outcome) -> { };
}
