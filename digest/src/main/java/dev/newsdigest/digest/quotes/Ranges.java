package dev.newsdigest.digest.quotes;

import java.util.Arrays;
import java.util.List;

/** Sorted, non-overlapping character ranges (the quotes of an article) with O(log n) lookups. */
final class Ranges {
    private final int[] starts;
    private final int[] ends;

    Ranges(List<int[]> ranges) {
        int[][] sorted = ranges.toArray(new int[0][]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        starts = new int[sorted.length];
        ends = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i][0];
            ends[i] = sorted[i][1];
        }
    }

    boolean contains(int offset) {
        int k = lastStartAtOrBefore(offset);
        return k >= 0 && offset < ends[k];
    }

    boolean overlaps(int from, int to) {
        int k = lastStartAtOrBefore(to - 1);
        return k >= 0 && ends[k] > from;
    }

    private int lastStartAtOrBefore(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
