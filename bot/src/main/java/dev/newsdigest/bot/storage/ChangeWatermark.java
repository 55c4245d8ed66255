package dev.newsdigest.bot.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * How far a reader has followed a table through its identity ids, for reading only the rows added since.
 *
 * <p>"id > the highest seen" alone would lose rows: ids are handed out at insert but rows become visible at commit,
 * and concurrent transactions commit out of order, so id 12 may be visible while 11 is still in flight. Every id
 * skipped below the highest seen is therefore remembered as a gap and asked for again until it shows up, or until
 * {@code timeout} has passed (a rolled-back insert, e.g. ArticleStore retrying after a race, leaves a gap for ever).
 * At most {@link #MAX_GAPS} gaps are kept, the newest: an in-flight transaction holds recent ids.
 *
 * <p>Not thread-safe: its owner serialises access.
 */
final class ChangeWatermark {
    static final int MAX_GAPS = 1_000;

    private final Duration timeout;
    private long highest;
    /** Unseen ids below {@link #highest}, with when they were first missed. */
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();

    ChangeWatermark(Duration timeout) {
        this.timeout = timeout;
    }

    /** The highest id seen so far (0 before any). */
    long highest() {
        return highest;
    }

    /**
     * After a full read: every id seen (any order). The highest becomes the watermark and the unseen ids among the
     * last {@link #MAX_GAPS} below it become gaps; older unseen ids belong to long-finished transactions.
     */
    void loaded(long[] ids, Instant now) {
        gaps.clear();
        highest = 0;
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        long recent = sorted.length == 0 ? 0 : sorted[sorted.length - 1] - MAX_GAPS;
        for (long id : sorted) {
            if (id > recent) {
                saw(id, now);
            } else {
                highest = id;
            }
        }
    }

    /** One row read: its id is no gap any more, and ids skipped below it become gaps. */
    void saw(long id, Instant now) {
        if (id > highest) {
            for (long g = Math.max(highest + 1, id - MAX_GAPS); g < id; g++) {
                gaps.put(g, now);
            }
            highest = id;
            while (gaps.size() > MAX_GAPS) {
                gaps.pollFirstEntry();
            }
        } else {
            gaps.remove(id);
        }
    }

    /** The gaps still worth asking for, after dropping those missed for longer than the timeout. */
    List<Long> gaps(Instant now) {
        gaps.values().removeIf(since -> since.plus(timeout).isBefore(now));
        return new ArrayList<>(gaps.keySet());
    }
}
