package dev.newsdigest.bot.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import okhttp3.Headers;

/**
 * Reads {@code Retry-After} (RFC 9110 10.2.3): delay-seconds or an HTTP-date. The result is clamped to [now, now +
 * 7 days] so a hostile or broken server can neither make us hammer it nor park a source forever (RELIABILITY F8;
 * miniflux {@code ParseRetryDelay}).
 */
final class RetryAfter {
    static final Duration MAX = Duration.ofDays(7);

    private RetryAfter() {}

    /** The earliest time to come back, or null when the header is missing or unreadable. */
    static Instant parse(Headers headers, Clock clock) {
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant now = clock.instant();
        String v = value.strip();
        Instant when;
        if (v.matches("\\d{1,12}")) {
            when = now.plusSeconds(Long.parseLong(v));
        } else {
            Date date = headers.getDate("Retry-After");
            if (date == null) {
                return null;
            }
            when = date.toInstant();
        }
        if (when.isBefore(now)) {
            return now;
        }
        Instant latest = now.plus(MAX);
        return when.isAfter(latest) ? latest : when;
    }
}
