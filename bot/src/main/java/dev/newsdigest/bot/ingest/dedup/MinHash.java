package dev.newsdigest.bot.ingest.dedup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Near-duplicate detection with MinHash over word 3-shingles and LSH banding (Broder 1997; Leskovec, Rajaraman,
 * Ullman, "Mining of Massive Datasets", ch. 3). A signature of {@link #SLOTS} minimum hashes estimates the Jaccard
 * similarity of two texts' shingle sets as the share of equal slots; cut into {@link #BANDS} bands of
 * {@link #ROWS} slots, two texts become candidates when any band is equal.
 *
 * <p>Why not SimHash: on news-length texts (150-800 words) a single added sentence or a dropped lead already moves
 * a 64-bit SimHash 4-12 bits, beyond the k = 3 that keeps candidate look-up cheap. MinHash measures the share of
 * shared text directly: a wire story republished with a new lead or an extra line stays above 0.8, unrelated
 * articles stay near 0. With 20 bands of 3 rows, a pair at similarity 0.6 is a candidate with probability
 * 1 - (1 - 0.6^3)^20 = 0.99, a pair at 0.2 with 0.15 (then rejected by the full-signature check).
 */
public final class MinHash {
    public static final int ROWS = 3;
    public static final int BANDS = 20;
    public static final int SLOTS = ROWS * BANDS;
    /** Below this many words a signature is too noisy to call two texts the same story. */
    public static final int MIN_WORDS = 40;
    private static final int SHINGLE = 3;
    private static final long[] SEEDS = seeds();

    private MinHash() {}

    /** @return the signature, or null when the text has fewer than {@link #MIN_WORDS} words */
    public static int[] signature(String text) {
        List<String> words = Fingerprints.words(text);
        if (words.size() < MIN_WORDS) {
            return null;
        }
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        int[] sig = new int[SLOTS];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (String shingle : shingles) {
            long h = Fingerprints.hash64(shingle);
            for (int i = 0; i < SLOTS; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** One 64-bit key per band: equal keys mean equal bands. */
    public static long[] bands(int[] signature) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9e3779b97f4a7c15L * (b + 1);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ (signature[b * ROWS + r] & 0xffffffffL));
            }
            out[b] = h;
        }
        return out;
    }

    /** Estimated Jaccard similarity: the share of equal slots. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** MurmurHash3 fmix64. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Fixed seeds (SplitMix64 sequence): signatures must stay comparable across runs and versions. */
    private static long[] seeds() {
        long[] seeds = new long[SLOTS];
        long x = 0x5eed5eed5eedL;
        for (int i = 0; i < SLOTS; i++) {
            x += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(x);
        }
        return seeds;
    }
}
