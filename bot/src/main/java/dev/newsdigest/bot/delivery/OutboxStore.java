package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The persistent outbox (implemented in {@code storage}). Every method is one short transaction, so a crash at any
 * point leaves each row in a state {@link #recoverExpiredLeases} can resolve.
 *
 * <p>Claims: only due PENDING rows, only the oldest unfinished row of each chat (per-chat order), marked SENDING with
 * a lease owned by the claimer. On PostgreSQL the claim selects with {@code FOR UPDATE SKIP LOCKED}, so several
 * instances can claim from one table without taking the same row (issue 7).
 */
public interface OutboxStore {

    /**
     * Queues a message unless a row with the same {@code dedupKey} exists (e.g. {@code story:42} for one chat):
     * re-running ingestion never queues a post twice. Returns true when a row was added.
     */
    boolean enqueue(ChatRef chat, OutgoingMessage message, String dedupKey, Instant notBefore);

    /** Claims rows of the given platforms only (a relay serves the platforms it has adapters for). */
    List<OutboxEntry> claim(int max, Instant now, Duration lease, String owner, java.util.Set<Platform> platforms);

    /**
     * Claims like {@link #claim(int, Instant, Duration, String, java.util.Set)}, but only while {@code fence} is the
     * live lease of the sender (several instances: a deposed sender claims nothing). A store without leases accepts
     * only {@link DeliveryGate.Fence#NONE}.
     */
    default List<OutboxEntry> claim(int max, Instant now, Duration lease, String owner,
                                    java.util.Set<Platform> platforms, DeliveryGate.Fence fence) {
        if (!fence.unfenced()) {
            throw new UnsupportedOperationException("this outbox store cannot check a lease");
        }
        return claim(max, now, lease, owner, platforms);
    }

    /**
     * Recorded just before the request goes out (C2/C3): if the process dies after this, the row is in doubt on
     * restart; if it dies before, the row is simply sent again.
     */
    void requestStarted(long id, int partsSent, Instant at);

    /**
     * Like {@link #requestStarted(long, int, Instant)}, but only while the row is still SENDING under {@code owner}'s
     * claim. False when the claim was lost (the lease ran out and the row was resolved or claimed again): the
     * caller must not send, or the post could go out twice.
     */
    default boolean requestStarted(long id, int partsSent, Instant at, String owner) {
        requestStarted(id, partsSent, at);
        return true;
    }

    void sent(long id, int partsSent, String platformMessageIds, Instant at);

    /** Back to PENDING, due at {@code next}. {@code countAttempt} is false for rate-limit deferrals. */
    void retryLater(long id, Instant next, int partsSent, boolean countAttempt, String reason);

    /** A final state other than SENT. */
    void finish(long id, OutboxStatus status, int partsSent, String reason);

    /** Unfinished rows of {@code chat}: to {@code GONE}. Returns how many. */
    int endChat(ChatRef chat, String reason);

    /** Unfinished rows of {@code from} now go to {@code to}. Returns how many. */
    int moveChat(ChatRef from, ChatRef to);

    /**
     * SENDING rows whose lease expired (their claimer died): back to PENDING when the request never started (no
     * loss, C3), IN_DOUBT when it did (no duplicate, C2). Returns how many rows changed.
     */
    int recoverExpiredLeases(Instant now);

    /** Rows per status, for {@code /metrics} and tests. */
    Map<OutboxStatus, Long> counts();

    /** Unfinished rows (PENDING or SENDING) and the creation time of the oldest, for {@code /metrics}. */
    default Backlog backlog() {
        return new Backlog(0, null);
    }

    /** @param oldestCreatedAt null when nothing is waiting */
    record Backlog(long depth, Instant oldestCreatedAt) {}

    /** PENDING rows of these platforms due by {@code until}, plus SENDING rows: "run --once" drains until zero. */
    long pendingDue(Instant until, java.util.Set<Platform> platforms);
}
