package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.time.Instant;

/**
 * One claimed outbox row: the message for one chat, how many of its parts were already confirmed, and how many
 * attempts failed so far.
 */
public record OutboxEntry(long id, ChatRef chat, OutgoingMessage message, int partsSent, int attempts,
                          Instant createdAt) {
}
