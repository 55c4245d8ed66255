package dev.newsdigest.digest.people;

import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import dev.newsdigest.digest.people.PersonMatcher.Match;
import dev.newsdigest.digest.people.PersonMatcher.MatchKind;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * {@link PersonMatcher}'s typo rule, for {@link PeopleDirectory}: a key shorter than 6 letters never matches by typo
 * (Musk is not Mask); keys of 6 to 8 letters take one edit, longer keys two, counted on the shorter of query and key.
 */
final class TypoRule {
    /** PersonMatcher's MIN_TYPO_LENGTH. */
    static final int MIN_LENGTH = 6;

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    private TypoRule() {}

    /**
     * The best typo match of a query key against a person's keys, scored 0.5 less 0.05 an edit plus the first-name
     * bonus, or null. One implementation for the linear matcher and the directory, so the two cannot drift apart.
     */
    static Match best(KnownPerson p, Iterable<String> keys, String queryKey, double firstBonus) {
        Match best = null;
        for (String k : keys) {
            int shorter = Math.min(k.length(), queryKey.length());
            if (shorter < MIN_LENGTH) {
                continue;
            }
            LevenshteinDistance allowed = shorter >= 9 ? TWO_EDITS : ONE_EDIT;
            int d = allowed.apply(queryKey, k);
            if (d >= 0) {
                double score = 0.5 - 0.05 * d + firstBonus;
                if (best == null || score > best.score()) {
                    best = new Match(p, MatchKind.TYPO, score);
                }
            }
        }
        return best;
    }

    /** The most edits PersonMatcher allows when the shorter of query and key has this length (0 below 6). */
    static int edits(int length) {
        return length < MIN_LENGTH ? 0 : length >= 9 ? 2 : 1;
    }

    /** Whether a query key and a known key {@code distance} edits apart match by typo. */
    static boolean allows(int queryLength, int keyLength, int distance) {
        return distance <= edits(Math.min(queryLength, keyLength)) && Math.min(queryLength, keyLength) >= MIN_LENGTH;
    }
}
