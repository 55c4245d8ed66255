package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.people.PersonMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the mentions of the article's own people that the people engine left unmarked: a capitalised word that is
 * the surname (or another last word of a form the article used) of a person the engine did find. The engine is
 * careful with single capitalised words where capitals mean little (sentence starts, right after a closing quote:
 * <i>"…," Christie said</i>; <i>Kasich resisted: "…"</i>), yet these are exactly where attribution names its
 * speakers. A reader resolves such a surname against the people already named, and so does this class: when
 * several people share it (Hillary and Bill Clinton), the one named last before the word, else the first after.
 *
 * <p>Only forms of people the engine found are linked; nobody new is made up.
 */
final class SurnameLinker {
    /** Capitalised words that head sentences or precede names and never stand alone for a person. */
    private static final Set<String> NEVER_ALONE = Set.of("the", "a", "an", "and", "but", "or", "nor", "so", "if",
            "in", "on", "at", "as", "of", "to", "by", "for", "from", "with", "he", "she", "it", "we", "they", "i",
            "you", "his", "her", "its", "their", "our", "this", "that", "these", "those", "there", "then", "when",
            "while", "after", "before", "not", "no", "yes", "all", "some", "one", "mr", "mrs", "ms", "dr", "sen",
            "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "st", "jr", "sr", "rev", "pres", "atty", "hon",
            "president", "senator", "governor", "mayor", "secretary", "minister", "judge", "justice", "general",
            "и", "а", "но", "в", "на", "с", "і", "та", "але", "у", "з");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private SurnameLinker() {}

    /** The engine's mentions plus the linked surnames, in text order. */
    static List<PersonMention> link(String text, PeopleResult people, Lexicon lexicon) {
        List<PersonMention> engine = people.mentions();
        Map<String, List<Integer>> bySurname = surnames(people.people());
        if (bySurname.isEmpty()) {
            return engine;
        }
        List<PersonMention> added = new ArrayList<>();
        int next = 0; // first engine mention not yet passed
        int lastEnd = -1;
        int n = text.length();
        // A plain scan over the characters, words cut as Token cuts them: only capitalised words cost anything.
        for (int i = 0; i < n; ) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = wordEnd(text, i);
            Token t = new Token(i, j, true);
            i = j;
            if (!Character.isUpperCase(text.charAt(t.start()))) {
                continue;
            }
            while (next < engine.size() && engine.get(next).end() <= t.start()) {
                lastEnd = Math.max(lastEnd, engine.get(next).end());
                next++;
            }
            if (lastEnd > t.start() || overlaps(engine, next, t)) {
                continue;
            }
            String word = surnameForm(t.of(text));
            List<Integer> candidates = bySurname.get(word);
            if (candidates == null || NEVER_ALONE.contains(word) || pronoun(lexicon, word) || allCapitals(t.of(text))
                    || beforeAnotherName(text, t.end())) {
                continue;
            }
            int person = candidates.size() == 1 ? candidates.get(0)
                    : nearest(candidates, engine, added, t.start());
            if (person >= 0) {
                Person p = people.people().get(person);
                int end = t.start() + possessiveStem(t.of(text)).length();
                added.add(new PersonMention(t.start(), end, text.substring(t.start(), end), p.gender(), person));
            }
        }
        if (added.isEmpty()) {
            return engine;
        }
        List<PersonMention> all = new ArrayList<>(engine);
        all.addAll(added);
        all.sort(Comparator.comparingInt(PersonMention::start));
        return List.copyOf(all);
    }

    /** "Он", "She": a pronoun the people engine glued to a name ("Байден. Он" → "Байден Он") is no surname. */
    private static boolean pronoun(Lexicon lexicon, String word) {
        return lexicon.malePronouns.contains(word) || lexicon.femalePronouns.contains(word)
                || lexicon.pluralPronouns.contains(word);
    }

    /** Last word of each person's name and of each form the article wrote, to the people who carry it. */
    private static Map<String, List<Integer>> surnames(List<Person> people) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            add(out, p.name(), i);
            for (String alias : p.aliases()) {
                add(out, alias, i);
            }
        }
        return out;
    }

    private static void add(Map<String, List<Integer>> out, String name, int person) {
        String[] words = name.strip().split("[\\s.]+");
        if (words.length == 0) {
            return;
        }
        String last = surnameForm(words[words.length - 1]);
        if (last.length() < 2 || !Character.isLetter(last.charAt(0))) {
            return;
        }
        List<Integer> list = out.computeIfAbsent(last, k -> new ArrayList<>(2));
        if (!list.contains(person)) {
            list.add(person);
        }
    }

    /** Lower case without a possessive ending: Trump’s → trump. */
    private static String surnameForm(String word) {
        return Lexicon.normalise(possessiveStem(word));
    }

    private static String possessiveStem(String word) {
        int n = word.length();
        if (n > 3 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’') && word.charAt(n - 1) == 's') {
            return word.substring(0, n - 2);
        }
        return word;
    }

    /** "Clinton Foundation", "Trump Tower": a surname heading another capitalised word names something else. */
    private static boolean beforeAnotherName(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        return !WEEKDAYS.contains(Lexicon.normalise(text.substring(end + 1, wordEnd(text, end + 1))));
    }

    /** Where the word starting at {@code i} ends, by {@link Token}'s rule (inner -, ' and ’ kept). */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n) {
            char d = text.charAt(j);
            if (Character.isLetterOrDigit(d)) {
                j++;
            } else if ((d == '-' || d == '\'' || d == '’' || d == 'ʼ') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean allCapitals(String word) {
        return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean overlaps(List<PersonMention> engine, int next, Token t) {
        return next < engine.size() && engine.get(next).start() < t.end();
    }

    /** Of several people sharing a surname: the one mentioned last before {@code at}, else first after it. */
    private static int nearest(List<Integer> candidates, List<PersonMention> engine, List<PersonMention> added,
            int at) {
        int before = -1;
        int beforeAt = -1;
        int after = -1;
        int afterAt = Integer.MAX_VALUE;
        for (List<PersonMention> list : List.of(engine, added)) {
            for (PersonMention m : list) {
                if (!candidates.contains(m.personIndex())) {
                    continue;
                }
                if (m.end() <= at && m.start() > beforeAt) {
                    before = m.personIndex();
                    beforeAt = m.start();
                } else if (m.start() > at && m.start() < afterAt) {
                    after = m.personIndex();
                    afterAt = m.start();
                }
            }
        }
        return before >= 0 ? before : after;
    }
}
