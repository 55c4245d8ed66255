package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.ChatGateway;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.port.ChatLifecycle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves posts from the outbox to the chats, once each. One pass: resolve rows whose claimer died (C2/C3), claim a
 * batch (oldest row per chat), hold back chats that must wait (rate limits, 429 pauses), and send on a small worker
 * pool, each worker taking the platform's next global slot right before its request. Each outcome is written back at once:
 * <ul>
 *   <li>sent → SENT; 429 → the chat (and after a repeat the platform) pauses for {@code retry_after} (D1, D2);</li>
 *   <li>5xx / network failure before the request left → retried with jittered exponential backoff, the platform
 *       paused briefly so a dead API is not hammered row by row (D6, D8);</li>
 *   <li>chat gone → GONE, subscriptions ended (D3); migrated → subscriptions and queued rows move, sent once to the
 *       new id (D4); rejected → FAILED, the next row goes on (D5);</li>
 *   <li>in doubt → IN_DOUBT, never repeated automatically, logged as an alert (D7).</li>
 * </ul>
 * {@link OutboxStore#requestStarted} is written before every send, which is what lets a restart tell a row that
 * may have been posted from one that certainly was not.
 */
public final class DeliveryRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRelay.class);

    private final OutboxStore store;
    private final Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);
    private final RateLimiter limiter;
    private final ChatLifecycle lifecycle;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Duration lease;
    private final int batchSize;
    /** Claimed rows allowed to wait for a worker: about two seconds of Telegram's global rate with 4 workers. */
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Ids of the rows handed to workers and not finished: a row claimed again while queued is not queued twice. */
    private final java.util.Set<Long> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final String owner = "relay-" + UUID.randomUUID();
    private final ExecutorService workers;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Set by {@link #close()}: queued rows are handed back instead of sent. */
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicInteger inDoubt = new AtomicInteger();
    private final DeliveryGate gate;
    private final DeliveryEvents events;
    private Thread loop;

    public DeliveryRelay(OutboxStore store, List<ChatGateway> gateways, RateLimiter limiter, ChatLifecycle lifecycle,
                         RetryPolicy retry, Clock clock, int workerThreads) {
        this(store, gateways, limiter, lifecycle, retry, clock, workerThreads, Duration.ofMinutes(2));
    }

    /**
     * @param lease how long a claimed row stays ours; when a sender dies, its rows wait this long before another
     *              relay resolves them (longer than any send, so a slow send is never taken over)
     */
    public DeliveryRelay(OutboxStore store, List<ChatGateway> gateways, RateLimiter limiter, ChatLifecycle lifecycle,
                         RetryPolicy retry, Clock clock, int workerThreads, Duration lease) {
        this(store, gateways, limiter, lifecycle, retry, clock, workerThreads, lease, DeliveryGate.ALWAYS,
                DeliveryEvents.NONE);
    }

    /**
     * @param gate   whether this process is the sender now (several instances elect one through the database, so
     *               the in-memory {@link RateLimiter} sees every send of the bot token and per-chat spacing holds)
     * @param events outcomes for metrics
     */
    public DeliveryRelay(OutboxStore store, List<ChatGateway> gateways, RateLimiter limiter, ChatLifecycle lifecycle,
                         RetryPolicy retry, Clock clock, int workerThreads, Duration lease, DeliveryGate gate,
                         DeliveryEvents events) {
        this.gate = gate;
        this.events = events;
        this.store = store;
        gateways.forEach(g -> this.gateways.put(g.platform(), g));
        this.limiter = limiter;
        this.lifecycle = lifecycle;
        this.retry = retry;
        this.clock = clock;
        this.lease = lease;
        this.batchSize = Math.max(16, workerThreads * 8);
        this.maxInFlight = batchSize * 2;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerThreads, r -> {
            Thread t = new Thread(r, "delivery-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * One pass: claims as many due rows as there is room for in flight and hands them to the workers, without
     * waiting for them. Passes overlap with sending, so claiming never leaves the platform's slots unused; per-chat
     * order still holds because a chat's next row cannot be claimed while its previous one is SENDING. Returns how
     * many rows were claimed.
     */
    public int runOnce() {
        java.util.Optional<DeliveryGate.Fence> fence = gate.fence();
        if (fence.isEmpty() || closing.get()) {
            return 0; // another instance is the sender (or we are stopping): claim nothing
        }
        Instant now = clock.instant();
        int recovered = store.recoverExpiredLeases(now);
        if (recovered > 0) {
            log.warn("{} outbox rows recovered from a dead sender (unsent → pending, maybe sent → in doubt)", recovered);
        }
        int room = maxInFlight - inFlight.get();
        if (room < batchSize / 2) {
            return 0; // plenty queued: claim again when a good part of it went out, not row by row
        }
        List<OutboxEntry> claimed = store.claim(Math.min(room, batchSize), now, lease, owner, gateways.keySet(),
                fence.get());
        for (OutboxEntry e : claimed) {
            if (queued.contains(e.id())) {
                continue; // still queued here from an earlier claim whose lease ran out: the claim was just renewed
            }
            ChatGateway gateway = gateways.get(e.chat().platform());
            if (gateway == null) {
                store.finish(e.id(), OutboxStatus.FAILED, e.partsSent(), "no " + e.chat().platform().id() + " adapter configured");
                continue;
            }
            Instant t = clock.instant();
            Instant readyAt = limiter.chatReadyAt(e.chat());
            if (readyAt.isAfter(t)) {
                store.retryLater(e.id(), readyAt, e.partsSent(), false, null);
                continue;
            }
            inFlight.incrementAndGet();
            queued.add(e.id());
            try {
                workers.execute(() -> {
                    try {
                        if (closing.get()) {
                            // Shutting down (C6): this row never left; hand it back now rather than at lease expiry.
                            store.retryLater(e.id(), clock.instant(), e.partsSent(), false, null);
                            events.outcome(e.chat().platform(), "handed_back");
                            return;
                        }
                        deliver(gateway, e, fence.get());
                    } catch (RuntimeException ex) {
                        log.error("delivery of outbox row {} failed; its lease will expire and recovery decides", e.id(), ex);
                    } finally {
                        inFlight.decrementAndGet();
                        queued.remove(e.id());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException rex) {
                inFlight.decrementAndGet();
                queued.remove(e.id());
                store.retryLater(e.id(), t, e.partsSent(), false, null);
            }
        }
        return claimed.size();
    }

    /** Rows handed to workers and not finished yet. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Runs passes until nothing is left that falls due within {@code max} (a 429 pause or a short backoff is
     * waited out; a long one is left for the next run), or {@code max} elapsed: {@code run --once} and tests.
     */
    public void drain(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        Instant horizon = clock.instant().plus(max);
        while (System.nanoTime() < deadline) {
            int n = runOnce();
            if (n == 0 && inFlight.get() == 0 && store.pendingDue(horizon, gateways.keySet()) == 0) {
                return;
            }
            if (n == 0) {
                sleep(Duration.ofMillis(25));
            }
        }
    }

    /** Starts the background loop: a pass, then a short nap when there was nothing to do. */
    public synchronized void start(Duration idle) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        loop = new Thread(() -> {
            while (running.get()) {
                try {
                    if (runOnce() == 0) {
                        sleep(inFlight.get() > 0 ? Duration.ofMillis(20) : idle);
                    }
                } catch (RuntimeException e) {
                    log.error("delivery pass failed; retrying shortly", e);
                    sleep(idle.multipliedBy(5));
                }
            }
        }, "delivery-relay");
        loop.setDaemon(true);
        loop.start();
    }

    /** Rows that ended in doubt since start (for metrics and alerts). */
    public int inDoubtCount() {
        return inDoubt.get();
    }

    private void deliver(ChatGateway gateway, OutboxEntry e, DeliveryGate.Fence fence) {
        ChatRef chat = e.chat();
        // The global slot is taken here, right before the request, not when the row was handed to a worker: a
        // worker that was held up (GC, a busy machine) then takes a later slot instead of firing in a burst.
        waitUntilNanos(limiter.reserve(chat, clock.instant()));
        if (!fence.unfenced() && !gate.holds(fence)) {
            // We stopped being the sender while this row waited (lease lost or stopping): the row never left, so it
            // goes back to PENDING for the new sender, whose limiter then owns the chat's pace.
            store.retryLater(e.id(), clock.instant(), e.partsSent(), false, null);
            events.outcome(chat.platform(), "handed_back");
            return;
        }
        if (!store.requestStarted(e.id(), e.partsSent(), clock.instant(), owner)) {
            // Our claim ran out while the row waited (delivery.claimLease too short for the queue) and the row was
            // resolved or claimed again: sending now could post it twice.
            log.warn("outbox row {}: claim lost before sending; not sent by this worker", e.id());
            events.outcome(chat.platform(), "claim_lost");
            return;
        }
        limiter.requestStarted(chat, clock.instant());
        SendResult r;
        try {
            r = gateway.send(chat, e.message(), e.partsSent());
        } catch (RuntimeException ex) {
            // Gateways classify failures themselves; an exception is a bug, and the request may have gone out.
            log.error("gateway threw for outbox row {}", e.id(), ex);
            r = new SendResult.InDoubt("gateway error: " + ex, 0);
        }
        Instant now = clock.instant();
        int parts = e.partsSent() + r.partsSent();
        events.outcome(chat.platform(), outcomeName(r));
        if (r instanceof SendResult.Sent s) {
            store.sent(e.id(), parts, String.join(",", s.messageIds()), now);
        } else if (r instanceof SendResult.RetryAfter ra) {
            limiter.throttled(chat, ra.delay(), now);
            store.retryLater(e.id(), now.plus(ra.delay()), parts, false, "429 retry after " + ra.delay().toSeconds() + " s");
        } else if (r instanceof SendResult.Unavailable u) {
            if (retry.givesUp(e.createdAt(), now)) {
                store.finish(e.id(), OutboxStatus.FAILED, parts, "gave up: " + u.reason());
            } else {
                Duration delay = retry.delay(e.attempts() + 1, ThreadLocalRandom.current());
                limiter.pausePlatform(chat.platform(), now.plus(retry.delay(1, ThreadLocalRandom.current())));
                store.retryLater(e.id(), now.plus(delay), parts, true, u.reason());
                log.info("{} unavailable ({}); row {} retries in {} s", chat.platform().id(), u.reason(), e.id(),
                        delay.toSeconds());
            }
        } else if (r instanceof SendResult.ChatGone g) {
            store.finish(e.id(), OutboxStatus.GONE, parts, g.reason());
            int more = store.endChat(chat, g.reason());
            lifecycle.chatGone(chat, g.reason());
            log.info("chat {} is gone ({}); subscriptions ended, {} queued posts dropped", chat, g.reason(), more);
        } else if (r instanceof SendResult.Migrated m) {
            ChatRef to = chat.withId(m.newChatId());
            lifecycle.chatMigrated(chat, to);
            store.moveChat(chat, to);
            store.retryLater(e.id(), now, parts, false, "migrated to " + to);
            log.info("chat {} migrated to {}", chat, to);
        } else if (r instanceof SendResult.Rejected rej) {
            store.finish(e.id(), OutboxStatus.FAILED, parts, rej.reason());
            log.warn("post {} to {} rejected: {}", e.id(), chat, rej.reason());
        } else if (r instanceof SendResult.InDoubt d) {
            store.finish(e.id(), OutboxStatus.IN_DOUBT, parts, d.reason());
            inDoubt.incrementAndGet();
            log.error("ALERT post {} to {} is in doubt (may or may not have been posted; not repeated): {}", e.id(),
                    chat, d.reason());
        }
    }

    private static String outcomeName(SendResult r) {
        if (r instanceof SendResult.Sent) return "sent";
        if (r instanceof SendResult.RetryAfter) return "retry_after";
        if (r instanceof SendResult.Unavailable) return "unavailable";
        if (r instanceof SendResult.ChatGone) return "gone";
        if (r instanceof SendResult.Migrated) return "migrated";
        if (r instanceof SendResult.Rejected) return "rejected";
        return "in_doubt";
    }

    private static void waitUntilNanos(long target) {
        long wait;
        while ((wait = target - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Graceful stop (RELIABILITY C6): no more claims, sends in flight finish (up to 30 s) and record their outcome,
     * rows claimed but not started go back to PENDING for the next run or another instance.
     */
    @Override
    public void close() {
        closing.set(true);
        running.set(false);
        if (loop != null) {
            loop.interrupt();
            try {
                loop.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
