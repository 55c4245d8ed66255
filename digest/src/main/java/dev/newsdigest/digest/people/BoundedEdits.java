package dev.newsdigest.digest.people;

/**
 * Whether two words are at most k edits apart (Levenshtein: insertions, deletions, substitutions), for small k:
 * the dynamic programme restricted to the diagonal band |i − j| ≤ k, stopping as soon as a whole row exceeds k
 * (Ukkonen, "Algorithms for approximate string matching", 1985). Two arrays of 2k + 1 ints and no boxing: several
 * times quicker than commons-text's general bounded distance, which matters when the typo index checks thousands of
 * candidates.
 */
final class BoundedEdits {
    private static final int MAX_K = 8;
    private static final int FAR = Integer.MAX_VALUE / 2;

    private BoundedEdits() {}

    /** True when {@code a} and {@code b} are at most {@code k} (0..8) edits apart. */
    static boolean within(CharSequence a, CharSequence b, int k) {
        if (k < 0 || k > MAX_K) {
            throw new IllegalArgumentException("k out of range: " + k);
        }
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > k) {
            return false;
        }
        // Row i holds D[i][j] for j in [i - k, i + k], at index j - i + k.
        int width = 2 * k + 1;
        int[] prev = new int[width];
        int[] cur = new int[width];
        for (int d = 0; d < width; d++) {
            int j = d - k;
            prev[d] = j < 0 || j > m ? FAR : j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = FAR;
            char ca = a.charAt(i - 1);
            for (int d = 0; d < width; d++) {
                int j = i + d - k;
                int v;
                if (j < 0 || j > m) {
                    v = FAR;
                } else if (j == 0) {
                    v = i;
                } else {
                    // Diagonal D[i-1][j-1] sits at the same index in prev; up D[i-1][j] at d + 1; left D[i][j-1] at d - 1.
                    v = prev[d] + (ca == b.charAt(j - 1) ? 0 : 1);
                    if (d + 1 < width) {
                        v = Math.min(v, prev[d + 1] + 1);
                    }
                    if (d > 0) {
                        v = Math.min(v, cur[d - 1] + 1);
                    }
                }
                cur[d] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > k) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m - n + k] <= k;
    }
}
