package dev.newsdigest.bot.chat.port;

import java.time.Instant;

/**
 * A configured source and its health, for {@code /sources}.
 *
 * @param lastError        the last failure's classified reason, or null
 * @param failuresInRow    consecutive failed polls
 * @param lastSuccess      when a poll last succeeded, or null
 */
public record SourceView(String id, String name, String url, boolean enabled, String lastError,
                         int failuresInRow, Instant lastSuccess) {
}
