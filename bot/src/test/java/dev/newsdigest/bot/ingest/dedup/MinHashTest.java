package dev.newsdigest.bot.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.testing.Digests;
import org.junit.jupiter.api.Test;

/** Near duplicates score high, different articles low, short texts are not compared. */
class MinHashTest {
    @Test
    void republishedStoryIsNearAndAnotherStoryIsFar() {
        String text = Digests.text("Lisbon");
        int[] base = MinHash.signature(text);
        int[] extraLine = MinHash.signature(text + " The mayor's office declined to comment.");
        int[] noLead = MinHash.signature(text.substring(text.indexOf(". ") + 2));
        int[] other = MinHash.signature(Digests.otherText("Lisbon"));
        assertThat(MinHash.similarity(base, extraLine)).isGreaterThan(0.8);
        assertThat(MinHash.similarity(base, noLead)).isGreaterThan(0.7);
        assertThat(MinHash.similarity(base, other)).isLessThan(0.1);
        assertThat(MinHash.signature("Too short to compare.")).isNull();
    }

    @Test
    void signaturesAreStableAndCaseInsensitive() {
        String text = Digests.stormText("Faro");
        assertThat(MinHash.signature(text)).isEqualTo(MinHash.signature(text.toUpperCase()));
        assertThat(MinHash.bands(MinHash.signature(text))).hasSize(MinHash.BANDS);
    }

    @Test
    void contentHashIgnoresCaseAndSpacing() {
        assertThat(Fingerprints.contentHash("Title", "Some   text\n here"))
                .isEqualTo(Fingerprints.contentHash("title", "some text here"));
        assertThat(Fingerprints.contentHash("Title", "text")).isNotEqualTo(Fingerprints.contentHash("Other", "text"));
    }
}
