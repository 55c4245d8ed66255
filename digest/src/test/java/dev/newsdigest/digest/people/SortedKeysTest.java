package dev.newsdigest.digest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The trie search over sorted keys finds exactly the keys a full scan with Levenshtein distance finds. */
class SortedKeysTest {
    private static final LevenshteinDistance FULL = LevenshteinDistance.getDefaultInstance();

    private record Found(String key, int owner, int distance) {
    }

    private static List<Found> search(SortedKeys keys, String query, int maxEdits) {
        List<Found> out = new ArrayList<>();
        keys.within(query, maxEdits, (i, d) -> out.add(new Found(keys.key(i), keys.owner(i), d)));
        return out;
    }

    /** The scan's answer, in the search's order (by key, then owner). */
    private static List<Found> scan(String[] keys, int[] owners, String query, int maxEdits) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            int d = FULL.apply(query, keys[i]);
            if (d <= maxEdits) {
                out.add(new Found(keys[i], owners[i], d));
            }
        }
        out.sort(java.util.Comparator.comparing(Found::key).thenComparingInt(Found::owner));
        return out;
    }

    @Test
    void findsExactlyTheKeysWithinTheEditsOnRandomNearbyWords() {
        Random random = new Random(17);
        for (int round = 0; round < 40; round++) {
            int n = 1 + random.nextInt(400);
            String[] keys = new String[n];
            int[] owners = new int[n];
            for (int i = 0; i < n; i++) {
                // Duplicates, prefixes of one another and the empty key all occur over a three-letter alphabet.
                keys[i] = word(random, random.nextInt(9));
                owners[i] = random.nextInt(50);
            }
            SortedKeys sorted = SortedKeys.of(keys, owners);
            for (int q = 0; q < 50; q++) {
                String query = word(random, random.nextInt(10));
                int maxEdits = random.nextInt(4);
                assertThat(search(sorted, query, maxEdits)).as("%s within %d", query, maxEdits)
                        .isEqualTo(scan(keys, owners, query, maxEdits));
            }
        }
    }

    @Test
    void examples() {
        SortedKeys keys = SortedKeys.of(new String[] {"peskov", "peskova", "zelenskiy", "mask", "", "pesk"},
                new int[] {1, 2, 3, 4, 5, 6});
        assertThat(search(keys, "peskow", 1)).containsExactly(new Found("peskov", 1, 1));
        assertThat(search(keys, "peskow", 2)).extracting(Found::owner).containsExactly(6, 1, 2);
        assertThat(search(keys, "ab", 2)).containsExactly(new Found("", 5, 2));
        assertThat(search(keys, "musk", 0)).isEmpty();
        assertThat(search(SortedKeys.EMPTY, "musk", 3)).isEmpty();
    }

    @Test
    void mergeKeepsTheOrderAndDropsWhatIsNotKept() {
        SortedKeys a = SortedKeys.of(new String[] {"b", "d", "a"}, new int[] {1, 2, 3});
        SortedKeys b = SortedKeys.of(new String[] {"c", "a"}, new int[] {4, 5});
        SortedKeys merged = SortedKeys.merge(a, b, owner -> owner != 2);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            order.add(merged.key(i) + merged.owner(i));
        }
        assertThat(order).containsExactly("a3", "a5", "b1", "c4");
        assertThat(search(merged, "d", 0)).isEmpty();
    }

    private static String word(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append("abc".charAt(random.nextInt(3)));
        }
        return b.toString();
    }
}
