package dev.newsdigest.digest.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The banded check agrees with commons-text's Levenshtein distance on every pair tried. */
class BoundedEditsTest {

    @Test
    void agreesWithTheFullDistanceOnRandomNearbyWords() {
        Random random = new Random(3);
        LevenshteinDistance full = LevenshteinDistance.getDefaultInstance();
        for (int i = 0; i < 200_000; i++) {
            String a = word(random, random.nextInt(13));
            String b = random.nextInt(4) == 0 ? word(random, random.nextInt(13)) : edit(random, a, random.nextInt(5));
            int k = random.nextInt(4);
            assertThat(BoundedEdits.within(a, b, k)).as("%s / %s within %d", a, b, k).isEqualTo(full.apply(a, b) <= k);
        }
    }

    @Test
    void examples() {
        assertThat(BoundedEdits.within("peskov", "peskow", 1)).isTrue();
        assertThat(BoundedEdits.within("musk", "mask", 0)).isFalse();
        assertThat(BoundedEdits.within("", "ab", 2)).isTrue();
        assertThat(BoundedEdits.within("", "abc", 2)).isFalse();
        assertThat(BoundedEdits.within("kalomineova", "kalomineov", 1)).isTrue();
        assertThat(BoundedEdits.within("abcdef", "badcfe", 2)).isFalse();
        assertThatThrownBy(() -> BoundedEdits.within("a", "b", 9)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Words over a small alphabet, so that random pairs are often close. */
    private static String word(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append("abcde".charAt(random.nextInt(5)));
        }
        return b.toString();
    }

    private static String edit(Random random, String s, int edits) {
        StringBuilder b = new StringBuilder(s);
        for (int e = 0; e < edits; e++) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, "abcdef".charAt(random.nextInt(6)));
                case 1 -> { if (b.length() > 0) b.deleteCharAt(at); }
                default -> { if (b.length() > 0) b.setCharAt(at, "abcdef".charAt(random.nextInt(6))); }
            }
        }
        return b.toString();
    }
}
