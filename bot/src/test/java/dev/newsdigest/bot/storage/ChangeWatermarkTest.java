package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Which ids a follower of person_aliases still has to ask for: skipped ids are gaps until seen or given up. */
class ChangeWatermarkTest {
    private static final Instant T = Instant.parse("2025-03-10T12:00:00Z");

    @Test
    void anIdSkippedByALaterOneIsAGapUntilSeen() {
        ChangeWatermark w = new ChangeWatermark(Duration.ofMinutes(10));
        w.saw(1, T);
        w.saw(4, T);
        assertThat(w.highest()).isEqualTo(4);
        assertThat(w.gaps(T)).containsExactly(2L, 3L);
        w.saw(3, T.plusSeconds(1));
        assertThat(w.gaps(T.plusSeconds(1))).containsExactly(2L);
        assertThat(w.highest()).isEqualTo(4);
    }

    @Test
    void aGapMissedLongerThanTheTimeoutIsGivenUp() {
        ChangeWatermark w = new ChangeWatermark(Duration.ofMinutes(10));
        w.saw(2, T);
        w.saw(5, T.plus(Duration.ofMinutes(8)));
        assertThat(w.gaps(T.plus(Duration.ofMinutes(11)))).containsExactly(3L, 4L); // 1 was missed at T
        assertThat(w.gaps(T.plus(Duration.ofMinutes(19)))).isEmpty();
    }

    @Test
    void aFullLoadKeepsOnlyRecentGaps() {
        ChangeWatermark w = new ChangeWatermark(Duration.ofMinutes(10));
        // Ids 1..5000 except 10 (rolled back long ago) and 4990 (maybe still in flight).
        long[] ids = LongStream.rangeClosed(1, 5000).filter(i -> i != 10 && i != 4990).toArray();
        w.loaded(ids, T);
        assertThat(w.highest()).isEqualTo(5000);
        assertThat(w.gaps(T)).containsExactly(4990L);
        w.loaded(new long[0], T);
        assertThat(w.highest()).isZero();
        assertThat(w.gaps(T)).isEmpty();
    }

    @Test
    void gapsAreBoundedKeepingTheNewest() {
        ChangeWatermark w = new ChangeWatermark(Duration.ofMinutes(10));
        w.saw(1, T);
        w.saw(1_000_000, T);
        assertThat(w.gaps(T)).hasSize(ChangeWatermark.MAX_GAPS).last().isEqualTo(999_999L);
    }
}
