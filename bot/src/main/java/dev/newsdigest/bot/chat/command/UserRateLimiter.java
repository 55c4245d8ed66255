package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.UserRef;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-user token bucket for commands (RELIABILITY.md I7): a burst of {@code capacity} commands, then one every
 * {@code refillMillis}. A user over the limit gets one "slow down" reply, then silence until tokens return, so a
 * flood of commands cannot make the bot flood the chat. Memory is bounded: the least recently seen users are
 * forgotten first (a forgotten user simply starts with a full bucket).
 */
public final class UserRateLimiter {

    /** Outcome of one check. */
    public enum Verdict { ALLOW, WARN, DROP }

    private static final int MAX_USERS = 10_000;

    private final int capacity;
    private final long refillMillis;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_USERS;
        }
    };

    public UserRateLimiter(int capacity, long refillMillis, Clock clock) {
        if (capacity < 1 || refillMillis < 1) {
            throw new IllegalArgumentException("capacity and refill must be positive");
        }
        this.capacity = capacity;
        this.refillMillis = refillMillis;
        this.clock = clock;
    }

    /** Ten commands at once, then one every three seconds (twenty a minute). */
    public static UserRateLimiter standard(Clock clock) {
        return new UserRateLimiter(10, 3_000, clock);
    }

    public synchronized Verdict check(UserRef user) {
        long now = clock.millis();
        Bucket b = buckets.computeIfAbsent(user.toString(), k -> new Bucket(capacity, now));
        long earned = (now - b.updatedAt) / refillMillis;
        if (earned > 0) {
            b.tokens = (int) Math.min(capacity, b.tokens + earned);
            b.updatedAt += earned * refillMillis;
            if (b.tokens > 0) {
                b.warned = false;
            }
        }
        if (b.tokens > 0) {
            b.tokens--;
            return Verdict.ALLOW;
        }
        if (!b.warned) {
            b.warned = true;
            return Verdict.WARN;
        }
        return Verdict.DROP;
    }

    private static final class Bucket {
        int tokens;
        long updatedAt;
        boolean warned;

        Bucket(int tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
