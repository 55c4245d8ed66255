package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.people.morph.MorphDictionaries;
import dev.newsdigest.digest.people.morph.NameKind;
import dev.newsdigest.digest.people.morph.NameReading;
import dev.newsdigest.digest.people.morph.NameText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks known people for what a user types ({@code /quotes Peskov}): exact names first, then the same surname
 * in any script (Peskov, Песков, Пєсков), then an inflected form (пескова), then a cross-script sound-alike
 * (Trump for Трамп), then typos (Peskow). A short surname never matches another by typo: Musk is not Mask.
 *
 * <p>Stateless and thread-safe; Cyrillic queries are lemmatised with the shared dictionaries.
 */
public final class PersonMatcher {

    /** A person the bot knows: the canonical name, its key, and the other spellings seen. */
    public record KnownPerson(String name, String key, List<String> aliases) {
        public KnownPerson {
            Objects.requireNonNull(name, "name");
            key = key == null || key.isBlank() ? NameKeys.key(name) : key;
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        public static KnownPerson of(Person p) {
            return new KnownPerson(p.name(), p.key(), p.aliases());
        }
    }

    /** How a candidate matched, best first. */
    public enum MatchKind { EXACT, SAME_KEY, INFLECTED, SOUNDS_ALIKE, TYPO }

    /** One ranked candidate; a higher score is a better match. */
    public record Match(KnownPerson person, MatchKind kind, double score) {}

    /** Every candidate that matches {@code query} at all, best first. */
    public List<Match> rank(String query, List<KnownPerson> people) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip().replaceAll("\\s+", " ");
        String queryKey = NameKeys.key(q);
        if (queryKey.isEmpty()) {
            return List.of();
        }
        String queryFirst = firstWordKey(q);
        Set<String> lemmaKeys = lemmaKeys(q);
        List<Match> out = new ArrayList<>();
        for (KnownPerson p : people) {
            Match m = match(q, queryKey, queryFirst, lemmaKeys, p);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingDouble((Match m) -> -m.score()).thenComparing(m -> m.person().name()));
        return out;
    }

    private Match match(String q, String queryKey, String queryFirst, Set<String> lemmaKeys, KnownPerson p) {
        String folded = NameText.fold(q);
        if (NameText.fold(p.name()).equals(folded)
                || p.aliases().stream().anyMatch(a -> NameText.fold(a).equals(folded))) {
            return new Match(p, MatchKind.EXACT, 1.0);
        }
        Set<String> keys = personKeys(p);
        double firstBonus = firstNameBonus(queryFirst, p);
        if (keys.contains(queryKey)) {
            return new Match(p, MatchKind.SAME_KEY, 0.9 + firstBonus);
        }
        for (String k : lemmaKeys) {
            if (keys.contains(k)) {
                return new Match(p, MatchKind.INFLECTED, 0.8 + firstBonus);
            }
        }
        if (NameText.isCyrillic(q) != NameText.isCyrillic(p.name())) {
            String skeleton = skeleton(queryKey);
            for (String k : keys) {
                if (skeleton.length() >= 3 && skeleton.equals(skeleton(k))) {
                    return new Match(p, MatchKind.SOUNDS_ALIKE, 0.6 + firstBonus);
                }
            }
        }
        return TypoRule.best(p, keys, queryKey, firstBonus);
    }

    /** +0.05 when the query's first name agrees with the person's, -0.2 when it names someone else. */
    private static double firstNameBonus(String queryFirst, KnownPerson p) {
        if (queryFirst == null) {
            return 0;
        }
        String personFirst = firstWordKey(p.name());
        if (personFirst == null) {
            return 0;
        }
        int n = Math.min(3, Math.min(queryFirst.length(), personFirst.length()));
        return queryFirst.regionMatches(0, personFirst, 0, n) ? 0.05 : -0.2;
    }

    /** Key of the first word of a name of two or more words, or null. */
    private static String firstWordKey(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        String k = NameKeys.wordKey(words[0].replace(".", ""));
        return k.isEmpty() ? null : k;
    }

    private static Set<String> personKeys(KnownPerson p) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(p.key());
        keys.add(NameKeys.key(p.name()));
        for (String a : p.aliases()) {
            keys.add(NameKeys.key(a));
        }
        keys.remove("");
        return keys;
    }

    /** Keys of the dictionary lemmas of the query's last word: "пескова" → песков, пескова. */
    static Set<String> lemmaKeys(String q) {
        Set<String> out = new LinkedHashSet<>();
        String[] words = q.split(" ");
        String last = words[words.length - 1];
        if (!NameText.isCyrillic(last)) {
            return out;
        }
        String capitalised = last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1).toLowerCase(Locale.ROOT);
        for (NameReading r : MorphDictionaries.get().analyze(capitalised).names()) {
            if (r.kind() == NameKind.SURNAME) {
                out.add(NameKeys.wordKey(r.lemma()));
            }
        }
        return out;
    }

    /** Consonants of a key: Трамп (tramp) and Trump both give "trmp". */
    static String skeleton(String key) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("aeiouy".indexOf(c) < 0 && (s.length() == 0 || s.charAt(s.length() - 1) != c)) {
                s.append(c);
            }
        }
        return s.toString();
    }
}
