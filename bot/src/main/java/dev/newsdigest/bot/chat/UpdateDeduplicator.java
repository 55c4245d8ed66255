package dev.newsdigest.bot.chat;

/**
 * Remembers which inbound updates were already handled, so a platform's redelivery (Telegram after a restart before
 * the offset advanced, Slack's retries) is processed once (RELIABILITY.md I2, I4). Implemented in memory for one
 * process and in {@code storage} for restarts and several instances.
 */
public interface UpdateDeduplicator {

    /** Records the id and returns true the first time it is seen, false on every later call. */
    boolean firstSeen(Platform platform, String updateId);
}
