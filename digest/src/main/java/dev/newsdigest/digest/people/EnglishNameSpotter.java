package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.people.Mention.SurnameOption;
import dev.newsdigest.digest.people.morph.GrammarCase;
import dev.newsdigest.digest.people.morph.NameText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds English names by shape, as English has no case endings to read: a run of capitalised words that is not
 * a sentence-initial function word, a month, a demonym or an organisation or place word. Two or more name words
 * make a full name ("Daniela Ruiz", "John F. Keller"); a single word counts after a title or role ("Mr. Trump",
 * "Mayor Ruiz") or when it is the surname of a full name found in the same article (merged by the assembler).
 */
final class EnglishNameSpotter {
    /** Particles inside names: "Ludwig van Beethoven", "Charles de Gaulle". */
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "la", "le",
            "del", "dos", "das", "bin", "al", "ibn", "ter", "st");
    /** Capitalised words that are never part of a person's name. */
    private static final Set<String> NOT_NAMES = setOf(
            // function words that start sentences
            "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "and", "but", "or", "nor", "so",
            "yet", "if", "when", "while", "as", "after", "before", "since", "because", "although", "though", "he",
            "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "that",
            "these", "those", "there", "here", "what", "who", "whom", "whose", "which", "where", "why", "how", "all",
            "some", "many", "most", "more", "much", "few", "no", "not", "one", "two", "three", "first", "last",
            "next", "new", "old", "with", "without", "about", "over", "under", "into", "during", "until", "against",
            "among", "between", "through", "according", "meanwhile", "however", "also", "still", "even", "just",
            "only", "now", "then", "today", "yesterday", "tomorrow", "tonight", "asked", "said", "says", "told",
            "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "let", "please", "yes", "well", "oh", "thank",
            "thanks", "dear", "both", "each", "every", "any", "other", "such", "another", "mr", "mrs", "ms",
            // months and days
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "christmas", "easter",
            // demonyms and nationalities
            "american", "americans", "russian", "russians", "ukrainian", "ukrainians", "british", "english",
            "french", "german", "germans", "chinese", "japanese", "european", "europeans", "african", "asian",
            "israeli", "israelis", "palestinian", "palestinians", "iranian", "iraqi", "syrian", "turkish",
            "mexican", "canadian", "australian", "indian", "korean", "italian", "spanish", "polish", "arab",
            "muslim", "muslims", "christian", "christians", "jewish", "catholic", "democrat", "democrats",
            "democratic", "republican", "republicans", "conservative", "conservatives", "liberal", "liberals",
            "labour", "tory", "tories", "soviet", "western", "eastern", "northern", "southern",
            // organisations and places
            "house", "white", "court", "supreme", "states", "united", "union", "nations", "kingdom", "republic",
            "york", "angeles", "francisco", "street", "avenue", "road", "square", "park", "river", "lake", "island",
            "city", "county", "state", "party", "department", "ministry", "council", "committee", "commission",
            "office", "agency", "bank", "group", "news", "times", "post", "journal", "press", "congress", "senate",
            "assembly", "parliament", "government", "administration", "university", "college", "school",
            "hospital", "airport", "army", "navy", "force", "forces", "police", "service", "association",
            "foundation", "institute", "center", "centre", "company", "corporation", "inc", "ltd", "llc", "corp",
            "co", "fund", "federal", "national", "international", "central", "general", "capitol", "pentagon",
            "kremlin", "east", "west", "north", "south", "middle", "valley", "bay", "beach", "hill", "hills",
            "church", "museum", "club", "league", "cup", "games", "olympics", "world", "war", "act", "bill",
            "day", "week", "year", "god", "internet", "twitter", "facebook", "google", "apple", "microsoft",
            "amazon", "reuters", "associated", "cnn", "bbc", "fox", "abc", "nbc", "cbs", "msnbc", "npr", "tv",
            "media", "online", "daily", "weekly", "magazine", "review", "herald", "tribune", "telegraph",
            "guardian", "observer", "chronicle", "gazette", "globe", "wall", "street", "federation", "coalition",
            "alliance", "movement", "campaign", "program", "programme", "project", "initiative", "plan", "report",
            "act", "treaty", "accord", "summit", "conference", "election", "elections", "primary", "caucus");

    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    List<Mention> spot(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && continues(tokens, j + 1)) {
                j++;
            }
            spotInRun(text, tokens, i, j, out);
            i = j + 1;
        }
        return out;
    }

    private static boolean nameWord(Token t) {
        return (t.nameLike() || t.initial()) && !t.inTitle() && NameText.isLatin(t.text())
                && !NOT_NAMES.contains(bare(t.text()).toLowerCase(Locale.ROOT));
    }

    private static boolean continues(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.joined() || possessive(tokens.get(k - 1).text())) {
            return false;
        }
        if (nameWord(t)) {
            return true;
        }
        return PARTICLES.contains(t.text()) && k + 1 < tokens.size() && tokens.get(k + 1).joined()
                && nameWord(tokens.get(k + 1));
    }

    private void spotInRun(String text, List<Token> tokens, int a, int b, List<Mention> out) {
        // titles and roles at the start of the run are context, not name: "President Joe Biden"
        while (a <= b && RoleWords.englishRole(tokens.get(a).text()) != null) {
            a++;
        }
        if (a > b) {
            return;
        }
        Token first = tokens.get(a);
        Token last = tokens.get(b);
        if (last.initial() || PARTICLES.contains(last.text())) {
            return;
        }
        int end = last.end() - (possessive(last.text()) ? 2 : 0);
        Mention m = new Mention(first.start(), end, text.substring(first.start(), end));
        m.sentenceStart = first.sentenceStart();
        String surname = bare(last.text());
        m.surnames = List.of(new SurnameOption(surname, Gender.UNKNOWN, GrammarCase.ANY, false));
        if (b > a) {
            m.first = text.substring(first.start(), tokens.get(b - 1).end()
                    + (tokens.get(b - 1).initial() ? 1 : 0)).strip();
            if (first.initial() && b - 1 == a) {
                m.initials = first.text() + ".";
                m.first = null;
            }
        }
        Token before = a > 0 ? tokens.get(a - 1) : null;
        if (before != null && first.joined()) {
            m.firstGender = RoleWords.englishTitleGender(bare(before.text()));
            m.agreement = m.firstGender;
        }
        if (b == a && first.sentenceStart() && (before == null || RoleWords.englishRole(before.text()) == null)) {
            return; // a lone capitalised word at a sentence start is no evidence of a name
        }
        out.add(m);
    }

    private static boolean possessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    private static String bare(String w) {
        return possessive(w) ? w.substring(0, w.length() - 2) : w;
    }
}
