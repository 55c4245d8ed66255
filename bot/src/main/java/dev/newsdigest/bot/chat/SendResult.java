package dev.newsdigest.bot.chat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one {@link ChatGateway#send} call, as a value so the delivery relay can decide with a switch
 * instead of catching platform exceptions. A message may go out as several platform messages (parts);
 * {@link #partsSent()} says how many of them were confirmed before the outcome, so a retry resumes after them
 * instead of repeating them.
 */
public sealed interface SendResult {

    /**
     * Parts this call got confirmed before the outcome (for {@link Sent}, all the parts it sent). Parts skipped
     * with {@code skipParts} are not counted: the caller adds this to what it already had.
     */
    int partsSent();

    /** Every part was accepted; the platform's message ids, one per part. */
    record Sent(List<String> messageIds) implements SendResult {
        public Sent {
            messageIds = List.copyOf(messageIds);
        }

        public static Sent of(String... ids) {
            return new Sent(List.of(ids));
        }

        @Override
        public int partsSent() {
            return messageIds.size();
        }
    }

    /** The platform asked us to slow down (HTTP 429 with {@code retry_after} / {@code Retry-After}). D1, D2. */
    record RetryAfter(Duration delay, int partsSent) implements SendResult {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /**
     * A definite failure that is worth retrying later: 5xx, or a network error that happened before any byte of
     * the request was written (so the platform cannot have seen it). D6, D8.
     */
    record Unavailable(String reason, int partsSent) implements SendResult {
    }

    /** The bot can never post here again (blocked, kicked, chat deleted, channel archived). D3. */
    record ChatGone(String reason) implements SendResult {
        @Override
        public int partsSent() {
            return 0;
        }
    }

    /** The chat moved to a new id (a Telegram group upgraded to a supergroup). D4. */
    record Migrated(String newChatId, int partsSent) implements SendResult {
    }

    /** The platform refused this message for good (bad request); sending it again would fail again. D5. */
    record Rejected(String reason, int partsSent) implements SendResult {
    }

    /**
     * The request may have reached the platform but we never saw the answer (timeout or reset after the request
     * was written). Repeating it could post twice, so the relay does not repeat it blindly. D7.
     */
    record InDoubt(String reason, int partsSent) implements SendResult {
    }
}
