package dev.newsdigest.bot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffAndFilterTest {
    private static final Instant T = Instant.parse("2025-01-20T10:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofHours(1));

    /** RELIABILITY F1: a failing source waits longer and longer, up to the cap. */
    @Test
    void f1BackoffDoublesUpToTheCap() {
        Duration every = Duration.ofMinutes(10);
        assertThat(backoff.nextFetchAt(T, every, 1, null)).isEqualTo(T.plus(Duration.ofMinutes(10)));
        assertThat(backoff.nextFetchAt(T, every, 2, null)).isEqualTo(T.plus(Duration.ofMinutes(20)));
        assertThat(backoff.nextFetchAt(T, every, 3, null)).isEqualTo(T.plus(Duration.ofMinutes(40)));
        assertThat(backoff.nextFetchAt(T, every, 4, null)).isEqualTo(T.plus(Duration.ofHours(1)));
        assertThat(backoff.nextFetchAt(T, every, 60, null)).isEqualTo(T.plus(Duration.ofHours(1)));
        // An interval longer than the cap is never shortened.
        assertThat(backoff.nextFetchAt(T, Duration.ofHours(3), 5, null)).isEqualTo(T.plus(Duration.ofHours(3)));
    }

    /** RELIABILITY F8: Retry-After pushes the next fetch later, but a hostile value is capped at a week. */
    @Test
    void f8RetryAfterIsHonouredAndCapped() {
        Duration every = Duration.ofMinutes(10);
        assertThat(backoff.nextFetchAt(T, every, 1, T.plus(Duration.ofHours(2)))).isEqualTo(T.plus(Duration.ofHours(2)));
        assertThat(backoff.nextFetchAt(T, every, 1, T.plusSeconds(5))).isEqualTo(T.plus(Duration.ofMinutes(10)));
        assertThat(backoff.nextFetchAt(T, every, 1, T.plus(Duration.ofDays(365)))).isEqualTo(T.plus(Duration.ofDays(7)));
    }

    @Test
    void aFireAMomentEarlyDoesNotSkipARound() {
        Duration every = Duration.ofMinutes(10);
        Instant next = T.plus(every);
        assertThat(Backoff.mustWait(T.plus(every).minusSeconds(2), next, every)).isFalse();
        assertThat(Backoff.mustWait(T.plus(Duration.ofMinutes(1)), next, every)).isTrue();
        assertThat(Backoff.mustWait(T, null, every)).isFalse();
    }

    @Test
    void keywordFilterIncludesAndExcludesCaseInsensitively() {
        KeywordFilter f = new KeywordFilter(List.of("Песков", "Kremlin"), List.of("спорт"));
        assertThat(f.accepts("Заявление Пескова", null)).isTrue();
        assertThat(f.accepts("Weather", "the KREMLIN said")).isTrue();
        assertThat(f.accepts("Песков о спорте", null)).isFalse();
        assertThat(f.accepts("Weather", "rain")).isFalse();
        assertThat(new KeywordFilter(List.of(), List.of()).accepts(null, null)).isTrue();
    }
}
