package dev.newsdigest.digest.people;

/**
 * The partition behind the typo index of {@link PeopleDirectory}, after Pass-Join (Li, Deng, Wang, Feng: "Pass-Join:
 * A Partition-based Method for Similarity Joins", PVLDB 5(3), 2011): a key that may take up to τ edits is cut into
 * τ + 1 segments; a query within τ edits of it leaves at least one segment untouched (pigeonhole), so that segment
 * occurs verbatim in the query. Only segments are indexed (τ + 1 entries per key, where a deletion neighbourhood
 * would need about L²/2 for two edits), and a query probes only the few substrings that could be such a segment.
 *
 * <p>τ follows {@link PersonMatcher}'s typo rule: keys shorter than 6 letters take no typo, keys of 6 to 8 letters
 * one edit, longer keys two. PersonMatcher allows the edits of the shorter of query and key, never more than the
 * key's own τ, so probing with the key's τ finds a superset of its typo matches.
 */
final class TypoPartition {
    /** PersonMatcher's MIN_TYPO_LENGTH: shorter keys never match by typo (Musk is not Mask). */
    static final int MIN_LENGTH = 6;
    /** The longest length difference any typo match can have (two edits). */
    static final int MAX_EDITS = 2;

    private TypoPartition() {}

    /** The most edits PersonMatcher allows a key of this length (0 below {@link #MIN_LENGTH}). */
    static int edits(int length) {
        return length < MIN_LENGTH ? 0 : length >= 9 ? 2 : 1;
    }

    /** Start of segment {@code i} of a key of {@code length} cut into {@code parts}: the last ones are one longer. */
    static int start(int length, int parts, int i) {
        int base = length / parts;
        int shortOnes = parts - length % parts;
        return i * base + Math.max(0, i - shortOnes);
    }

    static int segmentLength(int length, int parts, int i) {
        int base = length / parts;
        int shortOnes = parts - length % parts;
        return i < shortOnes ? base : base + 1;
    }

    /** Index tag of segment {@code i} of keys of {@code length}: segments of different lengths or places never mix. */
    static int tag(int length, int i) {
        return 1_000 + length * 4 + i;
    }

    /** Receives one probe: the query's substring [from, to) may equal segment {@code tag} of some key. */
    interface Probe {
        void probe(int tag, int from, int to);
    }

    /**
     * Every probe a query key of {@code queryLength} letters needs to meet each indexed key within that key's τ:
     * for each key length l within reach (Δ = query length − l, |Δ| ≤ τ of l) and each segment i starting at p,
     * the query's substrings starting at p + s for s in [max(−i, Δ − (τ − i)), min(i, Δ + (τ − i))]. This is
     * Pass-Join's multi-match-aware selection (section 4.3 of the paper): were the untouched segment i shifted
     * further, the i segments before it or the τ − i after it would hold fewer edits than segments, so one of
     * them would be untouched too and met within its own window. PeopleDirectoryTest checks that no typo match is
     * lost against PersonMatcher's scan.
     */
    static void probes(int queryLength, Probe out) {
        if (queryLength < MIN_LENGTH) {
            return;
        }
        for (int l = Math.max(MIN_LENGTH, queryLength - MAX_EDITS); l <= queryLength + MAX_EDITS; l++) {
            int tau = edits(l);
            int delta = queryLength - l;
            if (Math.abs(delta) > tau) {
                continue;
            }
            int parts = tau + 1;
            for (int i = 0; i < parts; i++) {
                int p = start(l, parts, i);
                int len = segmentLength(l, parts, i);
                for (int s = Math.max(-i, delta - (tau - i)); s <= Math.min(i, delta + (tau - i)); s++) {
                    int from = p + s;
                    if (from >= 0 && from + len <= queryLength) {
                        out.probe(tag(l, i), from, from + len);
                    }
                }
            }
        }
    }
}
