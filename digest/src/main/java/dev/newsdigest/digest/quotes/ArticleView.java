package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.people.PersonMention;
import java.util.List;
import java.util.Set;

/**
 * One article as the quote stage reads it: the text, its language's lexicon and morphology, and an index of
 * the people engine's mentions for offset lookups in O(log n).
 */
final class ArticleView {
    private static final Set<String> PREPOSITIONS_RU = Set.of("в", "во", "с", "со", "к", "ко", "у", "о", "об",
            "обо", "от", "для", "про", "по", "при", "на", "за", "над", "под", "из", "без", "до", "через", "между",
            "перед", "и");
    private static final Set<String> PREPOSITIONS_UK = Set.of("в", "у", "з", "із", "зі", "до", "від", "для", "про",
            "по", "при", "на", "за", "над", "під", "без", "через", "між", "перед", "к", "і", "й", "та");
    private static final Set<String> PREPOSITIONS_EN = Set.of("with", "to", "for", "about", "of", "from", "at",
            "on", "in", "against", "than", "like", "including", "and", "by", "toward", "towards", "into", "over",
            "under", "after", "before", "between", "among", "upon", "via", "behind", "beside");
    /** Words that make the following role indefinite: "a Northgate spokesperson" is nobody the article names. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "один", "одна",
            "некий", "некая", "якийсь", "якась");

    private static final Set<String> INFINITIVE_MARKERS = Set.of("to", "will", "would", "could", "should", "might",
            "must", "did", "didn't", "does", "doesn't", "do", "don't", "can", "cannot", "may", "won't", "wouldn't");

    /** Verb lemma → the particle that makes it a verb of speech. */
    private static final java.util.Map<String, String> PHRASAL_SPEECH_VERBS = java.util.Map.of("go", "on",
            "point", "out");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "its", "their", "our",
            "my", "your", "this", "that", "these", "those");

    final String text;
    final Language language;
    final Lexicon lexicon;
    final Morphology morphology;
    final SpeechVerbs verbs;
    final PeopleResult people;
    /** The people engine's mentions and the surnames {@link SurnameLinker} linked, in text order. */
    private final List<PersonMention> mentions;
    private final int[] mentionStart;
    private final int[] mentionEnd;

    ArticleView(String text, Language language, PeopleResult people) {
        this.text = text;
        this.language = language;
        this.lexicon = Lexicon.of(language);
        this.morphology = new Morphology(lexicon.language);
        this.verbs = new SpeechVerbs(lexicon, morphology);
        this.people = people;
        List<PersonMention> ms = SurnameLinker.link(text, people, lexicon);
        this.mentions = ms;
        mentionStart = new int[ms.size()];
        mentionEnd = new int[ms.size()];
        for (int i = 0; i < ms.size(); i++) {
            mentionStart[i] = ms.get(i).start();
            mentionEnd[i] = ms.get(i).end();
        }
    }

    boolean cyrillic() {
        return lexicon.language == Language.RU || lexicon.language == Language.UK;
    }

    /** Index into {@link #mentions()} of the mention covering any character of [start, end), or -1. */
    int mentionOverlapping(int start, int end) {
        int lo = 0;
        int hi = mentionStart.length - 1;
        int found = -1;
        while (lo <= hi) { // last mention starting before end
            int mid = (lo + hi) >>> 1;
            if (mentionStart[mid] < end) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = found; k >= 0 && k > found - 4; k--) {
            if (mentionEnd[k] > start && mentionStart[k] < end) {
                return k;
            }
        }
        return -1;
    }

    PersonMention mention(int index) {
        return mentions.get(index);
    }

    /** Every mention of the article's people, in text order. */
    List<PersonMention> mentions() {
        return mentions;
    }

    /** Mentions lying inside [start, end), in text order. */
    List<PersonMention> mentionsIn(int start, int end) {
        List<PersonMention> out = new java.util.ArrayList<>();
        for (PersonMention m : mentions) {
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    Person person(PersonMention m) {
        return people.person(m);
    }

    private Gender[] genderCues;

    /** The gender a mention shows, else its person's, else what an English article's honorifics show. */
    Gender genderOf(PersonMention m) {
        if (m.gender() != Gender.UNKNOWN) {
            return m.gender();
        }
        Person p = people.person(m);
        if (p.gender() != Gender.UNKNOWN || cyrillic()) {
            return p.gender();
        }
        if (genderCues == null) {
            genderCues = GenderCues.of(text, mentions, people.people().size());
        }
        return genderCues[m.personIndex()];
    }

    /** The mention is governed by a preposition ("drafted by Peter Crane", "met with Sen. Ted Cruz"). */
    boolean afterPreposition(PersonMention m) {
        List<Token> before = Token.tokenizeBack(text, Math.max(0, m.start() - 40), m.start());
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 4; k--) {
            Token t = before.get(k);
            if (t.is(text, '.') || roleNoun(t) || titleNoun(t)) {
                continue;
            }
            return preposition(t);
        }
        return false;
    }

    String lower(Token t) {
        return Lexicon.normalise(t.of(text));
    }

    /** MALE or FEMALE for a singular personal pronoun, null when the word is none. */
    Gender pronoun(Token t) {
        if (!t.word()) {
            return null;
        }
        String w = lower(t);
        if (lexicon.malePronouns.contains(w)) {
            return Gender.MALE;
        }
        return lexicon.femalePronouns.contains(w) ? Gender.FEMALE : null;
    }

    boolean pluralPronoun(Token t) {
        return t.word() && lexicon.pluralPronouns.contains(lower(t));
    }

    boolean preposition(Token t) {
        if (!t.word()) {
            return false;
        }
        String w = lower(t);
        return switch (lexicon.language) {
            case RU -> PREPOSITIONS_RU.contains(w);
            case UK -> PREPOSITIONS_UK.contains(w);
            default -> PREPOSITIONS_EN.contains(w);
        };
    }

    boolean indefinite(Token t) {
        return t.word() && INDEFINITE.contains(lower(t));
    }

    boolean roleNoun(Token t) {
        return t.word() && inSet(t, lexicon.roleNouns);
    }

    boolean titleNoun(Token t) {
        return t.word() && inSet(t, lexicon.titleNouns);
    }

    /** The word or one of its lemmas is in the set (газете → газета; spokesmen → spokesman). */
    private boolean inSet(Token t, Set<String> set) {
        String w = lower(t);
        if (set.contains(w)) {
            return true;
        }
        if (cyrillic()) {
            for (Morphology.Reading r : morphology.readings(w)) {
                if (set.contains(r.lemma())) {
                    return true;
                }
            }
            return false;
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return set.contains(w) || (w.endsWith("s") && set.contains(w.substring(0, w.length() - 1)))
                || (w.endsWith("men") && set.contains(w.substring(0, w.length() - 3) + "man"));
    }

    SpeechVerbs.Verb speechVerb(Token t) {
        if (!t.word() || !Character.isLetter(text.charAt(t.start()))) {
            return null;
        }
        if (!cyrillic() && afterDeterminer(t)) {
            return null; // "a written statement", "the said document"
        }
        SpeechVerbs.Verb v = verbs.match(t.of(text), !cyrillic() && afterInfinitiveMarker(t));
        if (v == null && !cyrillic()) {
            return phrasalSpeechVerb(t);
        }
        if (v != null && v.lemma().equals("put") && !putItSo(t)) {
            return null; // "putting it into the file" moves things; "as she put it," and "put it bluntly:" speak
        }
        return v;
    }

    /**
     * English phrasal verbs of speech whose verb alone says nothing: "Trump went on, as if…", "as Byler pointed
     * out". ("went on to say" is left to "say".)
     */
    private SpeechVerbs.Verb phrasalSpeechVerb(Token t) {
        char first = Character.toLowerCase(text.charAt(t.start()));
        if (first != 'g' && first != 'w' && first != 'p') {
            return null; // go, went, point: the only verbs there are; most words stop here
        }
        String w = lower(t);
        String particle = null;
        for (String lemma : EnglishVerbForms.lemmaCandidates(w)) {
            particle = PHRASAL_SPEECH_VERBS.get(lemma);
            if (particle != null) {
                break;
            }
        }
        if (particle == null) {
            return null;
        }
        List<Token> next = Token.tokenize(text, t.end(), Math.min(text.length(), t.end() + 20), true);
        if (next.isEmpty() || !next.get(0).word() || !lower(next.get(0)).equals(particle)) {
            return null;
        }
        if (next.size() > 1 && next.get(1).word() && lower(next.get(1)).equals("to")) {
            return null;
        }
        return new SpeechVerbs.Verb(w, Gender.UNKNOWN, false, false, w.endsWith("ing"));
    }

    /** "put it" followed within two words by punctuation or a quotation mark. */
    private boolean putItSo(Token put) {
        List<Token> next = Token.tokenize(text, put.end(), Math.min(text.length(), put.end() + 40), true);
        if (next.isEmpty() || !next.get(0).word() || !lower(next.get(0)).equals("it")) {
            return false;
        }
        for (int k = 1; k < next.size() && k <= 3; k++) {
            if (!next.get(k).word()) {
                return true;
            }
        }
        return next.size() <= 1;
    }

    private boolean afterDeterminer(Token t) {
        String prev = previousWord(t);
        return prev != null && DETERMINERS.contains(prev);
    }

    private String previousWord(Token t) {
        int k = t.start() - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '\'' || text.charAt(k) == '’')) {
            k--;
        }
        return end <= k + 1 ? null : Lexicon.normalise(text.substring(k + 1, end));
    }

    /** English "to say", "will tell", "didn't add": the word before makes a base form a verb. */
    private boolean afterInfinitiveMarker(Token t) {
        String prev = previousWord(t);
        return prev != null && INFINITIVE_MARKERS.contains(prev);
    }

    /** The word and its lemmas, lower case (пресс-секретаря → пресс-секретарь; mayors → mayor). */
    Set<String> lemmas(Token t) {
        String w = lower(t);
        Set<String> out = new java.util.HashSet<>(4);
        out.add(w);
        if (cyrillic()) {
            for (Morphology.Reading r : morphology.readings(w)) {
                out.add(r.lemma());
            }
        } else {
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
                out.add(w);
            }
            if (w.endsWith("s")) {
                out.add(w.substring(0, w.length() - 1));
            }
            if (w.endsWith("men")) {
                out.add(w.substring(0, w.length() - 3) + "man");
            }
        }
        return out;
    }
}
