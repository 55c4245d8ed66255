package dev.newsdigest.bot.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failing source may be fetched again: its interval doubled for every failure after the first (1x, 2x, 4x,
 * ...), at most {@code maxBackoff}; later still if the server said so with Retry-After (capped at a week, so a
 * hostile header cannot silence a source forever). A failing source therefore costs the worker pool less and less,
 * and never delays the others.
 */
public final class Backoff {
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(7);
    private final Duration maxBackoff;

    public Backoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    /**
     * @param attemptStart when the failed attempt started
     * @param every        the source's interval
     * @param failures     failures in a row, this one included (1 or more)
     * @param retryAfter   the server's Retry-After time, or null
     */
    public Instant nextFetchAt(Instant attemptStart, Duration every, int failures, Instant retryAfter) {
        Duration delay = every;
        for (int i = 1; i < failures && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        if (delay.compareTo(maxBackoff) > 0) {
            delay = every.compareTo(maxBackoff) > 0 ? every : maxBackoff;
        }
        Instant next = attemptStart.plus(delay);
        if (retryAfter != null) {
            Instant capped = retryAfter.isAfter(attemptStart.plus(MAX_RETRY_AFTER)) ? attemptStart.plus(MAX_RETRY_AFTER) : retryAfter;
            if (capped.isAfter(next)) {
                next = capped;
            }
        }
        return next;
    }

    /**
     * True when a scheduled fire at {@code now} should wait. A quarter interval of slack keeps a fire that comes a
     * moment before {@code nextFetchAt} (the interval measured from the attempt's start) from skipping a whole round.
     */
    public static boolean mustWait(Instant now, Instant nextFetchAt, Duration every) {
        return nextFetchAt != null && now.plus(every.dividedBy(4)).isBefore(nextFetchAt);
    }
}
