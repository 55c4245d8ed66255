package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.people.NameKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker the attribution names ("…," Skelly said; said Gov. Kasich) whom the people engine did not list. Words
 * in the subject slot of a speech verb name a person or an organisation ("Verizon said", "CBS News reported"),
 * and only a person may be a speaker. So the words are taken for a person only on evidence an English reader
 * would use, never on their shape alone:
 * <ul>
 *   <li>a title or honorific stands before them (Gov. Kasich, Mr Farage, Sen. Sanders), or</li>
 *   <li>the article writes the surname elsewhere after a capitalised given name (Bill Skelly … said Skelly),
 *       and that full name is then the speaker's name.</li>
 * </ul>
 * Words with an organisation or media word (News, Post, Party), acronyms and words after "the" never qualify.
 * English (Latin-script) articles only: Slavic surnames are inflected, and their people come from dictionaries.
 */
final class UnlistedSpeaker {
    /** Titles that make the next capitalised word a person's name. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep",
            "representative", "gov", "governor", "president", "mayor", "judge", "justice", "gen", "general", "lt",
            "col", "capt", "captain", "sgt", "prof", "professor", "rev", "reverend", "sir", "dame", "lord", "lady",
            "pope", "king", "queen", "prince", "princess", "secretary", "minister", "chancellor", "ambassador",
            "congressman", "congresswoman", "councilman", "councilwoman", "sheriff", "attorney", "commissioner");
    /** Words of organisation, media and place names: a name with one of them is no person's. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("news", "post", "times", "journal", "radio", "tv",
            "television", "network", "press", "magazine", "daily", "weekly", "channel", "media", "review", "herald",
            "tribune", "telegraph", "guardian", "gazette", "chronicle", "observer", "report", "reports", "poll",
            "polls", "pollster", "party", "committee", "campaign", "department", "agency", "office", "group",
            "company", "inc", "corp", "llc", "ltd", "pac", "association", "university", "college", "institute",
            "foundation", "center", "centre", "council", "service", "services", "ministry", "government", "union",
            "coalition", "alliance", "court", "house", "senate", "congress", "administration", "commission", "board",
            "team", "police", "army", "navy", "bank", "club", "league", "fund", "project", "county",
            "city", "state", "states", "republic", "kingdom", "street", "airlines", "systems", "studios", "records",
            "twitter", "facebook", "instagram", "youtube", "online", "website", "blog");
    /** Capitalised words that begin sentences or places and are no given names. */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("the", "a", "an", "and", "but", "or", "so", "if",
            "in", "on", "at", "as", "of", "to", "by", "for", "from", "with", "he", "she", "it", "we", "they", "i",
            "you", "his", "her", "its", "their", "our", "this", "that", "these", "those", "there", "then", "when",
            "while", "after", "before", "not", "no", "yes", "all", "some", "one", "both", "northern", "southern",
            "eastern", "western", "central", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "said", "says", "told", "according", "former", "late",
            "democrat", "republican", "democratic", "democrats", "republicans", "american", "americans", "gop",
            "u.s", "us", "uk");
    /** First words of place names ("New Hampshire", "West Virginia"), which are surnames too (Marty West). */
    private static final Set<String> PLACE_STARTERS = Set.of("new", "north", "south", "east", "west", "san",
            "santa", "los", "las", "fort", "mount", "lake", "port", "saint", "st", "great", "little", "upper",
            "lower");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*");

    private UnlistedSpeaker() {}

    /** The person the guessed words name, or null when the article gives no evidence they are a person. */
    static Person find(ArticleView view, Cue cue) {
        if (view.cyrillic()) {
            return null;
        }
        String text = view.text;
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.substring(cue.start(), cue.end()));
        while (m.find()) {
            words.add(m.group());
        }
        boolean titled = titleBefore(text, cue.start());
        for (int k = words.size() - 2; k >= 0; k--) {
            if (TITLES.contains(lower(words.get(k)))) { // "Army Capt. Christian Pardo": the name follows the title
                words.subList(0, k + 1).clear();
                titled = true;
                break;
            }
        }
        if (words.isEmpty() || words.size() > 3 || afterThe(text, cue.start())) {
            return null;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) || allCapitals(w) || ORGANISATION_WORDS.contains(lower(w))
                    || NOT_GIVEN_NAMES.contains(lower(w))) {
                return null;
            }
        }
        String surname = words.get(words.size() - 1);
        if (possessive(surname)) {
            return null;
        }
        String fullName = null;
        if (words.size() > 1) {
            int givenAt = text.indexOf(words.get(0), cue.start());
            if (!givenName(text, givenAt, words.get(0))) {
                return null;
            }
            fullName = String.join(" ", words);
        } else {
            fullName = fullNameInArticle(text, surname);
        }
        if (fullName == null && !titled) {
            return null;
        }
        String name = fullName != null ? fullName : surname;
        return new Person(name, NameKeys.key(name), 1, List.of(surname), null, Gender.UNKNOWN);
    }

    /** "Bill Skelly": the surname after a capitalised given name somewhere in the article, or null. */
    private static String fullNameInArticle(String text, String surname) {
        Pattern p = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{Ll}'’\\-]+)(?: (\\p{Lu})\\.)? " + Pattern.quote(surname)
                + "(?![\\p{L}])");
        Matcher m = p.matcher(text);
        while (m.find()) {
            String given = m.group(1);
            if (!givenName(text, m.start(1), given) || titleCaseLine(text, m.start())) {
                continue;
            }
            return m.group(2) == null ? given + " " + surname : given + " " + m.group(2) + ". " + surname;
        }
        return null;
    }

    /**
     * A word that may be a given name: capitalised, no title, organisation or function word, no possessive; at a
     * sentence start, where any word is capitalised ("About EgyptAir", "Even Republicans"), the article must never
     * write it in lower case.
     */
    private static boolean givenName(String text, int at, String word) {
        String w = lower(word);
        if (w.length() < 2 || !Character.isUpperCase(word.charAt(0)) || allCapitals(word) || possessive(word)
                || NOT_GIVEN_NAMES.contains(w) || PLACE_STARTERS.contains(w) || TITLES.contains(w)
                || ORGANISATION_WORDS.contains(w)) {
            return false;
        }
        return !sentenceStart(text, at) || !writtenInLowerCase(text, w);
    }

    /** A headline in title case ("Read More About EgyptAir") capitalises every word: no evidence of a name. */
    private static boolean titleCaseLine(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        Matcher m = WORD.matcher(text.substring(start, end < 0 ? text.length() : end));
        int words = 0;
        int capitalised = 0;
        while (m.find()) {
            if (m.group().length() > 3) {
                words++;
                capitalised += Character.isUpperCase(m.group().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    private static boolean sentenceStart(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || QuoteMarks.isMark(text.charAt(k)))) {
            k--;
        }
        return k < 0 || ".!?\n:—–-".indexOf(text.charAt(k)) >= 0;
    }

    private static boolean writtenInLowerCase(String text, String lowerWord) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(lowerWord) + "(?![\\p{L}])").matcher(text);
        return m.find();
    }

    private static boolean possessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s") || w.endsWith("’") || w.endsWith("'");
    }

    /** "Sen. Kasich", "Mr Farage": a title right before the position. */
    private static boolean titleBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '.')) {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return end > k + 1 && TITLES.contains(lower(text.substring(k + 1, end)));
    }

    /** "the Guardian said": a determiner makes the words a thing's name. */
    private static boolean afterThe(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return end > k + 1 && lower(text.substring(k + 1, end)).equals("the");
    }

    private static boolean allCapitals(String w) {
        return w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT).replace("’", "'");
    }
}
