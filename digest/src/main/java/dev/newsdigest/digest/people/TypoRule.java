package dev.newsdigest.digest.people;

/**
 * {@link PersonMatcher}'s typo rule, for {@link PeopleDirectory}: a key shorter than 6 letters never matches by typo
 * (Musk is not Mask); keys of 6 to 8 letters take one edit, longer keys two, counted on the shorter of query and key.
 */
final class TypoRule {
    /** PersonMatcher's MIN_TYPO_LENGTH. */
    static final int MIN_LENGTH = 6;

    private TypoRule() {}

    /** The most edits PersonMatcher allows when the shorter of query and key has this length (0 below 6). */
    static int edits(int length) {
        return length < MIN_LENGTH ? 0 : length >= 9 ? 2 : 1;
    }

    /** Whether a query key and a known key {@code distance} edits apart match by typo. */
    static boolean allows(int queryLength, int keyLength, int distance) {
        return distance <= edits(Math.min(queryLength, keyLength)) && Math.min(queryLength, keyLength) >= MIN_LENGTH;
    }
}
