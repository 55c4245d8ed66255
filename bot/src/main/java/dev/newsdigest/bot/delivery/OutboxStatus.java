package dev.newsdigest.bot.delivery;

/**
 * Life of an outbox row. PENDING → SENDING (claimed, with a lease) → SENT, or back to PENDING for a retry, or to
 * one of the final states: FAILED (rejected, or retries exhausted), GONE (the chat is gone), IN_DOUBT (the platform
 * may have posted it; never repeated automatically: D7, C2).
 */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED, GONE, IN_DOUBT;

    public boolean isFinal() {
        return this == SENT || this == FAILED || this == GONE || this == IN_DOUBT;
    }
}
