package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.people.PersonMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The gender an English article shows for each of its people where the people engine gives none (English names
 * carry no case endings to read it from): an honorific or a gendered role word in or right before a mention
 * ("Mrs. Hensley", "Councilwoman Maria Hensley", "spokesman Tom Brandt"). Cues of both kinds leave it unknown.
 * Pronoun attribution ("she said") needs it to tell two people apart.
 */
final class GenderCues {
    /** Honorifics and titles: a cue inside a mention or right before it. */
    private static final Set<String> MALE = Set.of("mr", "sir", "king", "prince", "lord", "duke", "monsieur",
            "senor", "herr");
    private static final Set<String> FEMALE = Set.of("mrs", "ms", "miss", "madam", "madame", "dame", "queen",
            "princess", "lady", "duchess", "senora", "frau", "actress");
    /** Kinship words: a cue right before a mention only ("his wife Jane"); inside one they name things (Mother
     * Emanuel church). */
    private static final Set<String> MALE_KIN = Set.of("father", "brother", "husband", "son", "uncle",
            "grandfather");
    private static final Set<String> FEMALE_KIN = Set.of("mother", "sister", "wife", "daughter", "aunt",
            "grandmother");
    /** Words ending in "man" that are no gender cue. */
    private static final Set<String> NOT_MALE = Set.of("human", "german", "roman", "norman", "woman");

    private GenderCues() {}

    /** One gender per person index; UNKNOWN where the text shows none or both. */
    static Gender[] of(String text, List<PersonMention> mentions, int people) {
        int[] male = new int[people];
        int[] female = new int[people];
        for (PersonMention m : mentions) {
            int p = m.personIndex();
            if (p < 0 || p >= people) {
                continue;
            }
            for (String w : text.substring(m.start(), m.end()).split("[\\s.]+")) {
                count(w, p, male, female, false);
            }
            String before = wordBefore(text, m.start());
            if (before != null) {
                count(before, p, male, female, true);
            }
        }
        Gender[] out = new Gender[people];
        for (int p = 0; p < people; p++) {
            out[p] = male[p] > 0 && female[p] == 0 ? Gender.MALE
                    : female[p] > 0 && male[p] == 0 ? Gender.FEMALE : Gender.UNKNOWN;
        }
        return out;
    }

    private static void count(String word, int p, int[] male, int[] female, boolean before) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() < 2) {
            return;
        }
        if (FEMALE.contains(w) || (before && FEMALE_KIN.contains(w)) || (w.endsWith("woman") && w.length() > 5)) {
            female[p]++;
        } else if (MALE.contains(w) || (before && MALE_KIN.contains(w))
                || (w.endsWith("man") && w.length() > 5 && !NOT_MALE.contains(w)
                && !w.endsWith("woman"))) {
            male[p]++;
        }
    }

    /** The word right before an offset on the same line, periods and spaces skipped ("Mrs. Hensley"). */
    private static String wordBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '.')) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return end > k + 1 ? text.substring(k + 1, end) : null;
    }
}
