package dev.newsdigest.digest.people;

import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import dev.newsdigest.digest.people.PersonMatcher.Match;
import dev.newsdigest.digest.people.PersonMatcher.MatchKind;
import dev.newsdigest.digest.people.morph.NameText;
import java.util.Set;

/**
 * A query as {@link PersonMatcher#rank} reads it (normalised, keyed, its first name's key, the keys of its surname
 * lemmas, the consonant skeleton, the script), and {@link PersonMatcher}'s rules applied to one person's
 * {@link PersonProfile}, for {@link PeopleDirectory}.
 *
 * <p>These are PersonMatcher's rules restated over precomputed keys: PersonMatcher recomputes every person's keys
 * for every query, which is what made ranking 100,000 people take a second. PersonMatcher stays the definition;
 * {@code PeopleDirectoryTest} compares the two on thousands of generated people and queries, so a change to one
 * that is not made to the other fails the build.
 */
final class PreparedQuery {

    final String text;
    final String folded;
    final String key;
    final String firstKey;
    final Set<String> lemmaKeys;
    final String skeleton;
    final boolean cyrillic;

    private PreparedQuery(String text, String key) {
        this.text = text;
        this.folded = NameText.fold(text);
        this.key = key;
        this.firstKey = firstWordKey(text);
        this.lemmaKeys = PersonMatcher.lemmaKeys(text);
        this.skeleton = PersonMatcher.skeleton(key);
        this.cyrillic = NameText.isCyrillic(text);
    }

    /** The query as PersonMatcher.rank normalises it, or null when it can match nobody (blank, no key). */
    static PreparedQuery of(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String q = query.strip().replaceAll("\\s+", " ");
        String key = NameKeys.key(q);
        return key.isEmpty() ? null : new PreparedQuery(q, key);
    }

    /** PersonMatcher.match: how this person matches, or null. */
    Match match(KnownPerson p, PersonProfile profile) {
        if (NameText.fold(p.name()).equals(folded) || p.aliases().stream().anyMatch(a -> NameText.fold(a).equals(folded))) {
            return new Match(p, MatchKind.EXACT, 1.0);
        }
        double firstBonus = firstNameBonus(profile.firstKey());
        if (profile.hasKey(key)) {
            return new Match(p, MatchKind.SAME_KEY, 0.9 + firstBonus);
        }
        for (String k : lemmaKeys) {
            if (profile.hasKey(k)) {
                return new Match(p, MatchKind.INFLECTED, 0.8 + firstBonus);
            }
        }
        if (cyrillic != profile.cyrillic()) {
            for (String k : profile.keys()) {
                if (skeleton.length() >= 3 && skeleton.equals(PersonMatcher.skeleton(k))) {
                    return new Match(p, MatchKind.SOUNDS_ALIKE, 0.6 + firstBonus);
                }
            }
        }
        return TypoRule.best(p, java.util.Arrays.asList(profile.keys()), key, firstBonus);
    }

    /** PersonMatcher.firstNameBonus: +0.05 when the first names agree, -0.2 when the query names someone else. */
    private double firstNameBonus(String personFirst) {
        if (firstKey == null || personFirst == null) {
            return 0;
        }
        int n = Math.min(3, Math.min(firstKey.length(), personFirst.length()));
        return firstKey.regionMatches(0, personFirst, 0, n) ? 0.05 : -0.2;
    }

    /** PersonMatcher.firstWordKey: the key of the first word of a name of two or more words, or null. */
    static String firstWordKey(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        String k = NameKeys.wordKey(words[0].replace(".", ""));
        return k.isEmpty() ? null : k;
    }
}
