package dev.newsdigest.digest.people;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Keys in sorted order, each with an owner (a person id), searched for every key within k edits (Levenshtein) of a
 * query as a trie would be, without building one: in sorted order the keys sharing a prefix are one contiguous
 * range, so a depth-first walk over prefixes keeps one dynamic-programming row per prefix and abandons a whole range
 * as soon as every cell of its row exceeds k (no key with that prefix can come within k). This is the classic trie
 * search for approximate dictionary matching (Shang and Merrett, "Tries for approximate string matching", IEEE TKDE
 * 8(4), 1996) over a sorted array: a few thousand prefixes are visited for a ten-letter query within two edits of
 * 200,000 keys, whatever letters the keys share.
 *
 * <p>It replaced a Pass-Join partition index (substrings of each key as hash entries): there, a query probes every
 * key that shares one short substring with it, and common endings ("...ova", "...enko") made a query verify tens
 * of thousands of keys. Here the cost depends on how many keys are near the query, not on what they share.
 *
 * <p>Immutable. Two arrays (keys, owners): no node objects.
 */
final class SortedKeys {
    static final SortedKeys EMPTY = new SortedKeys(new String[0], new int[0]);

    private final String[] keys;
    private final int[] owners;
    private final int longest;

    private SortedKeys(String[] keys, int[] owners) {
        this.keys = keys;
        this.owners = owners;
        int max = 0;
        for (String k : keys) {
            max = Math.max(max, k.length());
        }
        this.longest = max;
    }

    /** Receives one key within the edits asked for: its index here and its exact distance from the query. */
    interface Hit {
        void accept(int index, int distance);
    }

    /** Indexes {@code keys[i]} owned by {@code owners[i]} (the arrays are not kept). */
    static SortedKeys of(String[] keys, int[] owners) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer, String>comparing(i -> keys[i]).thenComparingInt(i -> owners[i]));
        String[] k = new String[keys.length];
        int[] o = new int[keys.length];
        for (int i = 0; i < order.length; i++) {
            k[i] = keys[order[i]];
            o[i] = owners[order[i]];
        }
        return new SortedKeys(k, o);
    }

    /** The entries of both (each already sorted) whose owner {@code keep} accepts, merged in order. */
    static SortedKeys merge(SortedKeys a, SortedKeys b, java.util.function.IntPredicate keepFromA) {
        String[] k = new String[a.size() + b.size()];
        int[] o = new int[k.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.size() || j < b.size()) {
            boolean fromA = j == b.size() || (i < a.size() && compare(a, i, b, j) <= 0);
            if (fromA) {
                if (keepFromA.test(a.owners[i])) {
                    k[n] = a.keys[i];
                    o[n++] = a.owners[i];
                }
                i++;
            } else {
                k[n] = b.keys[j];
                o[n++] = b.owners[j];
                j++;
            }
        }
        return new SortedKeys(Arrays.copyOf(k, n), Arrays.copyOf(o, n));
    }

    private static int compare(SortedKeys a, int i, SortedKeys b, int j) {
        int c = a.keys[i].compareTo(b.keys[j]);
        return c != 0 ? c : Integer.compare(a.owners[i], b.owners[j]);
    }

    int size() {
        return keys.length;
    }

    String key(int index) {
        return keys[index];
    }

    int owner(int index) {
        return owners[index];
    }

    /** Reports every key at most {@code maxEdits} edits from {@code query}, in key order. */
    void within(String query, int maxEdits, Hit hit) {
        if (keys.length == 0 || maxEdits < 0) {
            return;
        }
        int m = query.length();
        int[][] rows = new int[longest + 1][];
        int[] first = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            first[j] = j;
        }
        rows[0] = first;
        walk(query, maxEdits, 0, keys.length, 0, rows, hit);
    }

    /**
     * Keys [lo, hi) all start with the same {@code depth} characters, whose row (distances from that prefix to each
     * prefix of the query) is {@code rows[depth]} and holds a cell within the limit.
     */
    private void walk(String query, int maxEdits, int lo, int hi, int depth, int[][] rows, Hit hit) {
        int[] row = rows[depth];
        int m = query.length();
        int i = lo;
        // A key that is the prefix itself sorts before every longer key with that prefix.
        while (i < hi && keys[i].length() == depth) {
            if (row[m] <= maxEdits) {
                hit.accept(i, row[m]);
            }
            i++;
        }
        while (i < hi) {
            char c = keys[i].charAt(depth);
            int end = endOfRun(i, hi, depth, c);
            int[] next = rows[depth + 1];
            if (next == null) {
                next = rows[depth + 1] = new int[m + 1];
            }
            next[0] = depth + 1;
            int min = next[0];
            for (int j = 1; j <= m; j++) {
                int v = row[j - 1] + (query.charAt(j - 1) == c ? 0 : 1);
                v = Math.min(v, row[j] + 1);
                v = Math.min(v, next[j - 1] + 1);
                next[j] = v;
                min = Math.min(min, v);
            }
            if (min <= maxEdits) {
                walk(query, maxEdits, i, end, depth + 1, rows, hit);
            }
            i = end;
        }
    }

    /** First index in [from, hi) whose character at {@code depth} is past {@code c} (all there are longer than depth). */
    private int endOfRun(int from, int hi, int depth, char c) {
        int lo = from + 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid].charAt(depth) <= c) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
