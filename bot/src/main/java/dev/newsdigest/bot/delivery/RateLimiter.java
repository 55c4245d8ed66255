package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Paces sends so the platforms never need to say 429 (D9, L2). Each platform has a global slot schedule (one slot
 * every 1/rate seconds, no bursts) and each chat a "not before" time; a 429's {@code retry_after} pauses that chat,
 * and a second 429 within a minute pauses the whole platform (D1). State is in memory: one delivering instance
 * owns it (issue 7 moves it to the database or elects one sender).
 */
public final class RateLimiter {

    private static final int MAX_CHATS = 200_000;
    /** How many missed global slots may be caught up (see {@link #reserve}). */
    static final int CATCH_UP_SLOTS = 3;
    /**
     * Added to each chat's spacing: the platform measures the spacing when requests arrive, we when they leave, and
     * the two differ by scheduling and network jitter (a strict fake on a loaded machine saw 979 ms for 1 s).
     */
    static final Duration SPACING_MARGIN = Duration.ofMillis(200);

    private final Map<Platform, PlatformLimits> limits;
    private final Map<Platform, Long> nextGlobalSlotNanos = new EnumMap<>(Platform.class);
    private final Map<Platform, Instant> platformPausedUntil = new EnumMap<>(Platform.class);
    private final Map<Platform, Instant> lastThrottle = new EnumMap<>(Platform.class);
    private final Map<String, Instant> chatNotBefore = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_CHATS;
        }
    };

    public RateLimiter(Map<Platform, PlatformLimits> limits) {
        this.limits = new EnumMap<>(limits);
    }

    public static RateLimiter withDefaults() {
        Map<Platform, PlatformLimits> m = new EnumMap<>(Platform.class);
        for (Platform p : Platform.values()) {
            m.put(p, PlatformLimits.defaults(p));
        }
        return new RateLimiter(m);
    }

    /** When this chat may get its next message (now or earlier means now), platform pauses included. */
    public synchronized Instant chatReadyAt(ChatRef chat) {
        Instant chatAt = chatNotBefore.getOrDefault(chat.toString(), Instant.EPOCH);
        Instant platformAt = platformPausedUntil.getOrDefault(chat.platform(), Instant.EPOCH);
        return chatAt.isAfter(platformAt) ? chatAt : platformAt;
    }

    /**
     * Takes the next global slot of the chat's platform and books the chat's spacing after it. Returns the
     * {@link System#nanoTime()} at which the send may start (the caller waits until then).
     */
    public synchronized long reserve(ChatRef chat, Instant now) {
        PlatformLimits l = limits.get(chat.platform());
        long nowNanos = System.nanoTime();
        // A slot left unused for a moment (the relay was busy claiming) may be used late, but at most
        // CATCH_UP_SLOTS of them: a tiny burst that keeps the average at the rate without ever exceeding it.
        long earliest = nowNanos - CATCH_UP_SLOTS * l.globalIntervalNanos();
        long slot = Math.max(earliest, nextGlobalSlotNanos.getOrDefault(chat.platform(), earliest));
        slot = Math.max(slot, nowNanos - CATCH_UP_SLOTS * l.globalIntervalNanos());
        nextGlobalSlotNanos.put(chat.platform(), slot + l.globalIntervalNanos());
        Duration wait = Duration.ofNanos(Math.max(0, slot - nowNanos));
        chatNotBefore.put(chat.toString(), now.plus(wait).plus(spacing(l, chat)));
        return slot;
    }

    /**
     * The request to {@code chat} leaves now: its spacing counts from here, not from the booking, because the
     * request may have waited after its slot (a slow database write, a busy machine).
     */
    public synchronized void requestStarted(ChatRef chat, Instant at) {
        chatNotBefore.merge(chat.toString(), at.plus(spacing(limits.get(chat.platform()), chat)),
                (a, b) -> a.isAfter(b) ? a : b);
    }

    private static Duration spacing(PlatformLimits l, ChatRef chat) {
        Duration spacing = l.spacing(chat.kind());
        return spacing.isZero() ? spacing : spacing.plus(SPACING_MARGIN);
    }

    /** The platform said 429 for this chat: pause it; two within a minute pause the platform too (D1, D2). */
    public synchronized void throttled(ChatRef chat, Duration retryAfter, Instant now) {
        Instant until = now.plus(retryAfter);
        chatNotBefore.merge(chat.toString(), until, (a, b) -> a.isAfter(b) ? a : b);
        Instant last = lastThrottle.put(chat.platform(), now);
        if (last != null && Duration.between(last, now).compareTo(Duration.ofMinutes(1)) < 0) {
            platformPausedUntil.merge(chat.platform(), until, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** The platform is unreachable: hold all its chats until {@code until} (no hot loop over every row, D6). */
    public synchronized void pausePlatform(Platform platform, Instant until) {
        platformPausedUntil.merge(platform, until, (a, b) -> a.isAfter(b) ? a : b);
    }
}
