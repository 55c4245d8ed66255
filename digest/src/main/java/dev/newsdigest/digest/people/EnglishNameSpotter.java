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
 * One instance per article (it keeps that article's word statistics). Finds English names by shape, as English has no case endings to read: a run of capitalised words that is not
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

    /** Words the article also writes in lower case: capitalised only by position or headline style. */
    private Set<String> lowerCaseWords = Set.of();
    /** Tokens on a Title Case line ("Paris Terror Attacks Highlight Threat"), where capitals say little. */
    private boolean[] titleCase = new boolean[0];
    private String text = "";
    /** Words the article capitalises inside a sentence, outside headlines: names or proper nouns. */
    private Set<String> midSentenceCapitals = Set.of();
    /** Contractions ("I’m", "We've", "Don’t") and party-state tags ("R-Ky", "D-Nev") look capitalised but name no one. */
    private static final java.util.regex.Pattern NO_NAME_SHAPE = java.util.regex.Pattern.compile(
            "(?i).+['’](m|ve|ll|d|re|t)|[RDI]-[A-Za-z]{1,5}|[A-Z]");

    List<Mention> spot(String text, List<Token> tokens) {
        lowerCaseWords = new java.util.HashSet<>();
        for (Token t : tokens) {
            if (!t.capitalised()) {
                lowerCaseWords.add(t.text());
            }
        }
        titleCase = titleCaseLines(text, tokens);
        this.text = text;
        midSentenceCapitals = new java.util.HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.capitalised() && !t.sentenceStart() && !titleCase[k]) {
                midSentenceCapitals.add(bare(t.text()));
            }
        }
        List<Mention> out = new ArrayList<>();
        List<Boolean> inHeadline = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameWord(tokens, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && continues(tokens, j + 1)) {
                j++;
            }
            int before = out.size();
            spotInRun(text, tokens, i, j, out);
            for (int k = before; k < out.size(); k++) {
                inHeadline.add(titleCase[i]);
            }
            i = j + 1;
        }
        return trimHeadlineRuns(out, inHeadline);
    }

    /**
     * In a Title Case line a run of capitals mixes names and words ("NYTimes Casually Conflates Ted Cruz",
     * "Donald Trump Praises Breitbart"): such a mention keeps only the part that the article writes as a name
     * elsewhere, or is dropped. Long runs in prose are trimmed the same way.
     */
    private static List<Mention> trimHeadlineRuns(List<Mention> mentions, List<Boolean> inHeadline) {
        Set<String> prose = new java.util.HashSet<>();
        for (int k = 0; k < mentions.size(); k++) {
            if (!inHeadline.get(k)) {
                prose.add(mentions.get(k).surface);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            String[] words = m.surface.split(" ");
            if (!inHeadline.get(k) && words.length <= 3) {
                out.add(m);
                continue;
            }
            Mention trimmed = knownPart(m, words, prose);
            if (trimmed != null) {
                out.add(trimmed);
            } else if (!inHeadline.get(k)) {
                out.add(m);
            }
        }
        return out;
    }

    private static Mention knownPart(Mention m, String[] words, Set<String> prose) {
        for (int len = words.length; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                String part = String.join(" ", java.util.Arrays.asList(words).subList(from, from + len));
                if ((len > 1 || words.length > 1) && prose.contains(part) && !(len == words.length && from == 0)) {
                    int offset = m.start + String.join(" ", java.util.Arrays.asList(words).subList(0, from)).length()
                            + (from > 0 ? 1 : 0);
                    Mention t = new Mention(offset, offset + part.length(), part);
                    t.sentenceStart = m.sentenceStart;
                    t.surnames = List.of(new SurnameOption(bare(words[from + len - 1]), Gender.UNKNOWN, GrammarCase.ANY, false));
                    if (len > 1) {
                        t.first = part.substring(0, part.lastIndexOf(' '));
                    }
                    t.role = m.role;
                    return t;
                }
                if (len == words.length && from == 0 && prose.contains(part)) {
                    return m;
                }
            }
        }
        return null;
    }

    private boolean nameWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!(t.nameLike() || t.initial()) || t.inTitle() || !NameText.isLatin(t.text())
                || (!t.initial() && NO_NAME_SHAPE.matcher(t.text()).matches())) {
            return false;
        }
        if (NOT_NAMES.contains(bare(t.text()).toLowerCase(Locale.ROOT)) && !givenNameBeforeSurname(tokens, k)) {
            return false;
        }
        // "Despite Ted Cruz", "Follow Pam Key": a sentence-initial or headline word the article also writes in
        // lower case is a common word
        boolean weakPosition = t.sentenceStart() || titleCase[k];
        return !(weakPosition && !t.initial() && lowerCaseWords.contains(bare(t.text()).toLowerCase(Locale.ROOT)));
    }

    /** First words of place names ("San Pedro Sula"), whose next word is often a given name. */
    private static final Set<String> PLACE_PREFIXES = Set.of("san", "santa", "santo", "los", "las", "fort", "port",
            "mount", "lake");

    /**
     * Words shaped like an English present participle or adverb (Chasing, Interestingly). Not -ed: many given
     * names end so (Fareed, Saeed).
     */
    private static final java.util.regex.Pattern VERB_OR_ADVERB_SHAPE = java.util.regex.Pattern.compile(
            "[A-Z][a-z]{2,}(ing|ly)");

    /** Stop-list words that are also common given names; function words, months and days never are names here. */
    private static final Set<String> NAME_LIKE_STOP_WORDS = Set.of("bill", "bay", "hope", "grace", "joy",
            "faith", "rose", "dean", "frank", "earl", "chase", "rich", "mark", "art", "king", "victor", "penny", "ruby");

    /**
     * A word of the stop list that is also a given name and stands right before another capitalised word ("Bill
     * Skelly", "Bay Buchanan", "Grace Meng"): the name wins.
     */
    private boolean givenNameBeforeSurname(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!NAME_LIKE_STOP_WORDS.contains(t.text().toLowerCase(Locale.ROOT)) || k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.joined() && next.nameLike() && !titleCase[k]
                && !NOT_NAMES.contains(bare(next.text()).toLowerCase(Locale.ROOT));
    }

    private boolean continues(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        Token prev = tokens.get(k - 1);
        boolean joined = t.joined() || afterAbbreviatedTitle(tokens, k);
        if (!joined || possessive(prev.text())) {
            return false;
        }
        if (nameWord(tokens, k)) {
            return true;
        }
        return PARTICLES.contains(t.text()) && k + 1 < tokens.size() && tokens.get(k + 1).joined()
                && nameWord(tokens, k + 1);
    }

    /** "Sen. Bernie Sanders", "Dr. Ruiz": a title's period does not end the name. */
    private boolean afterAbbreviatedTitle(List<Token> tokens, int k) {
        Token prev = tokens.get(k - 1);
        Token t = tokens.get(k);
        return RoleWords.englishRole(prev.text()) != null && t.start() - prev.end() == 2
                && ". ".equals(text.substring(prev.end(), t.start()));
    }

    /** Marks tokens on lines where most words are capitalised (headlines in Title Case). */
    private static boolean[] titleCaseLines(String text, List<Token> tokens) {
        boolean[] mask = new boolean[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            int lineEnd = text.indexOf('\n', tokens.get(i).start());
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int j = i;
            int caps = 0;
            while (j < tokens.size() && tokens.get(j).start() < lineEnd) {
                if (tokens.get(j).capitalised()) {
                    caps++;
                }
                j++;
            }
            int words = j - i;
            if (words >= 4 && caps * 10 >= words * 7) {
                for (int k = i; k < j; k++) {
                    mask[k] = true;
                }
            }
            i = j;
        }
        return mask;
    }

    /**
     * The last word of the run from {@code a} to {@code b} that is capitalised, no given name, no particle, and that
     * the article also writes in lower case (a common word: "Care", "Trade"), or -1.
     */
    private int lastWordTheArticleWritesInLowerCase(List<Token> tokens, int a, int b, EnglishGivenNames given) {
        int found = -1;
        for (int k = a; k <= b; k++) {
            Token t = tokens.get(k);
            String word = bare(t.text());
            if (t.capitalised() && !t.initial() && !given.isGivenName(word)
                    && lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))) {
                found = k;
            }
        }
        return found;
    }

    private void spotInRun(String text, List<Token> tokens, int a, int b, List<Mention> out) {
        // titles and roles inside the run are context, not name: "Former U.N. Ambassador John Bolton"
        for (int k = b; k >= a; k--) {
            if (RoleWords.englishRole(tokens.get(k).text()) != null) {
                if (k == b) {
                    b--; // "Vermont Sen": a place before a title, no name
                    if (b < a) {
                        return;
                    }
                    continue;
                }
                a = k + 1;
                break;
            }
        }
        if (a > b) {
            return;
        }
        if (PLACE_PREFIXES.contains(tokens.get(a).text().toLowerCase(Locale.ROOT))) {
            return; // "San Diego Union-Tribune", "Fort Worth", "Los Angeles": a place and what is named after it
        }
        EnglishGivenNames given = EnglishGivenNames.get();
        // "Follow Pam Key", "Unlike Hillary Clinton", "Councilwoman Maria Hensley": a capitalised word before a
        // given name and a surname is no part of the name (two words stay: "Rand Paul", "Megyn Kelly")
        while (a + 1 < b && !tokens.get(a).initial() && !given.isGivenName(bare(tokens.get(a).text()))
                && given.isGivenName(bare(tokens.get(a + 1).text())) && !PARTICLES.contains(tokens.get(a).text())) {
            a++;
        }
        while (a < b && (tokens.get(a).sentenceStart() || titleCase[a])
                && !given.isGivenName(bare(tokens.get(a).text()))
                && VERB_OR_ADVERB_SHAPE.matcher(bare(tokens.get(a).text())).matches()) {
            // "Chasing Trump", "Interestingly Blocher", "Telling Jeb Bush": at a sentence start or in a headline, a
            // participle or an adverb before a name is no part of it
            a++;
        }
        if (b > a && !tokens.get(a).initial() && !given.isGivenName(bare(tokens.get(a).text()))) {
            int k = lastWordTheArticleWritesInLowerCase(tokens, a, b, given);
            if (k >= 0) {
                // "Free Trade Agreement", "Affordable Care", "Vice Chair Jennifer Ping": a run that opens with no
                // given name and holds a word the article also writes in lower case is a title or a body's name,
                // not a person's; a given name after that word starts the name
                int g = k + 1;
                while (g < b && !given.isGivenName(bare(tokens.get(g).text()))) {
                    g++;
                }
                if (g >= b) {
                    return;
                }
                a = g;
            }
        }
        if (a == b && !given.isGivenName(bare(tokens.get(a).text()))
                && lowerCaseWords.contains(bare(tokens.get(a).text()).toLowerCase(Locale.ROOT))) {
            return; // "Labor", "Refugees", "Policy": one word the article also writes in lower case is a common word
        }
        Token first = tokens.get(a);
        Token last = tokens.get(b);
        if (last.initial() || PARTICLES.contains(last.text())) {
            return;
        }
        int start = first.start() + gluedPrefix(first.text());
        int end = last.end() - (possessive(last.text()) ? 2 : 0);
        Mention m = new Mention(start, end, text.substring(start, end));
        m.sentenceStart = first.sentenceStart();
        String surname = bare(last.text());
        m.surnames = List.of(new SurnameOption(surname, Gender.UNKNOWN, GrammarCase.ANY, false));
        if (b > a) {
            m.first = text.substring(start, tokens.get(b - 1).end()
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
        if (m.first != null) {
            String firstWord = m.first.split(" ")[0];
            m.firstFromDictionary = given.isGivenName(firstWord);
            if (m.firstGender == Gender.UNKNOWN) {
                m.firstGender = given.gender(firstWord);
            }
        }
        // at a sentence start a word that may be a common subject ("Aides said", "Several said") counts only if the
        // article also capitalises it inside a sentence
        m.speechCue = (speechVerbNext(tokens, a, b) || speechVerbBefore(text, tokens, a, b))
                && (!first.sentenceStart() || b > a || midSentenceCapitals.contains(bare(first.text()))
                        || !commonSubject(bare(first.text())));
        // A lone capitalised word at a sentence start is kept: it joins a person named in full elsewhere
        // ("Ruiz said ..."), and the assembler makes a person of it alone only next to a speech verb.
        out.add(m);
    }

    /**
     * English verbs of saying in the forms news uses next to a speaker's name ("Maddow said", "said Maddow",
     * "Trump tweeted"): a lone surname there is a person even when the article never gives the full name.
     */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "added", "adds", "asked",
            "asks", "wrote", "writes", "explained", "explains", "stated", "states", "noted", "notes", "argued",
            "argues", "replied", "replies", "responded", "responds", "continued", "insisted", "insists", "claimed",
            "claims", "recalled", "recalls", "tweeted", "tweets", "declared", "admitted", "warned", "warns",
            "boomed", "shouted", "joked", "quipped", "remarked", "observed", "announced", "announces", "suggested",
            "suggests", "acknowledged", "conceded", "countered", "stressed", "emphasized", "predicted", "testified");

    /** Sentence-initial subjects of "said" that are no names: groups, quantifiers, adverbs. */
    private static final Set<String> COMMON_SUBJECTS = Set.of("aides", "officials", "several", "others", "critics",
            "supporters", "analysts", "experts", "sources", "observers", "advocates", "opponents", "residents",
            "voters", "witnesses", "police", "investigators", "researchers", "scientists", "doctors", "students",
            "parents", "members", "leaders", "lawmakers", "republicans", "democrats", "conservatives", "liberals",
            "activists", "protesters", "organizers", "staffers", "insiders", "reporters", "journalists", "someone",
            "somebody", "everyone", "everybody", "nobody", "none", "neither", "either", "each", "instead", "thus",
            "still", "later", "earlier", "finally", "again", "afterward", "afterwards", "meanwhile", "look", "speaking",
            "asked", "pressed", "spokesman", "spokeswoman", "spokesperson", "representatives");

    private static boolean commonSubject(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return COMMON_SUBJECTS.contains(w) || w.endsWith("ly") || w.endsWith("ing");
    }

    /** Prepositions before a name that make it no subject ("voters in Florida said"). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "of", "for", "on", "with", "by",
            "to", "near", "across", "throughout", "into", "about", "against", "between", "among", "over", "under");

    private static boolean speechVerbNext(List<Token> tokens, int a, int b) {
        if (b + 1 >= tokens.size() || (a > 0 && PREPOSITIONS.contains(tokens.get(a - 1).text()))) {
            return false;
        }
        Token next = tokens.get(b + 1);
        if (SPEECH_VERBS.contains(next.text())) {
            return true;
        }
        // "Trump has said", "Clinton also said"
        return b + 2 < tokens.size() && SPEECH_VERBS.contains(tokens.get(b + 2).text())
                && Set.of("has", "had", "also", "then", "later", "once", "previously").contains(next.text());
    }

    /**
     * "..., said Maddow." or "according to Hale,": the name ends the clause. ("He said America is ..." starts a
     * clause with a subject, which is no speaker.)
     */
    private static boolean speechVerbBefore(String text, List<Token> tokens, int a, int b) {
        if (a == 0) {
            return false;
        }
        int after = tokens.get(b).end();
        while (after < text.length() && (text.charAt(after) == '\'' || text.charAt(after) == '’'
                || Character.isLetter(text.charAt(after)))) {
            after++;
        }
        boolean clauseEnds = after >= text.length() || ".,;:!?)\n".indexOf(text.charAt(after)) >= 0;
        if (!clauseEnds) {
            return false;
        }
        Token prev = tokens.get(a - 1);
        if (!tokens.get(a).joined()) {
            return false; // "boomed: “Wow.”" is a quote, not a speaker
        }
        if (SPEECH_VERBS.contains(prev.text())) {
            return true;
        }
        return a >= 2 && prev.text().equals("to") && tokens.get(a - 2).text().equalsIgnoreCase("according");
    }

    /**
     * Letters glued before a name by page furniture ("PMTed" from "9:02 PMTed Cruz", "ReplySara"): the offset of
     * the last capitalised segment when that segment is a given name, else 0.
     */
    private static int gluedPrefix(String word) {
        for (int k = word.length() - 2; k > 0; k--) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k + 1))) {
                return EnglishGivenNames.get().isGivenName(word.substring(k)) ? k : 0;
            }
        }
        return 0;
    }

    private static boolean possessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    private static String bare(String w) {
        return possessive(w) ? w.substring(0, w.length() - 2) : w;
    }
}
