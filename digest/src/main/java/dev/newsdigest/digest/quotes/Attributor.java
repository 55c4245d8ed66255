package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.people.PersonMention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the words around a quote for who said it, following the attribution patterns of Russian, Ukrainian and
 * English news:
 * <ul>
 *   <li>after the quote: «…», — отметил Песков; "…" – ответил он; "…," said Ruiz; "…," Brandt said; "…,"
 *       according to Ruiz;</li>
 *   <li>before it: Белозёров заявил: «…»; Гордієнко повідомив у Facebook: "…"; Clinton said, "…"; по словам
 *       Пескова, «…»; как отметил Песков, «…»; Песков: «…»;</li>
 *   <li>reported speech around a partial quote: Он ответил, что компания «выполнит все требования».</li>
 * </ul>
 * The speaker is the subject of the speech verb: the name, pronoun or role next to it, skipping names inside
 * prepositional phrases (в беседе с Познером), possessives (Trump's manager) and names of the wrong gender for
 * the verb (сказала). A verb with no person next to it (сообщили в МЧС, говорится в сообщении, a spokesperson
 * said) gives {@link Cue.Kind#NOBODY}.
 */
final class Attributor {
    /** How far attribution is looked for around a quote, in characters. */
    private static final int AFTER_WINDOW = 240;
    private static final int BEFORE_WINDOW = 360;
    /** The speech verb after a quote stands within this many words of it. */
    private static final int VERB_REACH_AFTER = 8;
    /** …and farther when a name and an apposition come first ("…," Miller, a retired worker from a plant, said). */
    private static final int VERB_REACH_APPOSITIVE = 14;
    /** …and up to this far when a comma closes the apposition right before the verb. */
    private static final int VERB_REACH_APPOSITIVE_CLOSED = 40;
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("sen", "rep", "gov", "gen", "dr", "mr", "mrs",
            "ms", "lt", "col", "sgt", "capt", "prof", "st", "jr", "sr", "sens", "reps", "rev", "pres", "atty", "supt",
            "adm", "maj", "cmdr", "insp", "det", "hon");

    private static final Set<String> PARTICIPLE_OPENERS = Set.of("while", "before", "after", "when", "then",
            "also", "again", "repeatedly", "later", "even", "upon", "by", "without", "in", "on", "since", "through");
    /** Words opening a clause that stands before the main clause ("When Wallace died in 1998, Clinton …"). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while", "as", "if",
            "although", "though", "because", "since", "once", "following", "despite", "during", "later", "earlier",
            "когда", "после", "хотя", "если", "коли", "після", "хоча", "якщо");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "then", "и", "а", "но", "і", "й", "та",
            "але", "затем", "потім");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose", "whom", "where",
            "который", "которая", "которое", "которые", "которого", "которой", "которым", "чей", "чья",
            "який", "яка", "яке", "які", "якого", "якої", "яким", "чий", "чия");

    /** Nouns of speech that make a clause introduce a quote without a speech verb ("issued a statement,"). */
    private static final Set<String> SPEECH_NOUNS = Set.of("statement", "statements", "tweet", "post", "interview",
            "letter", "email", "e-mail", "message", "remarks", "response", "word", "words", "reply", "answer",
            "comment", "comments", "view", "verdict", "slogan", "motto", "заявление", "заявлении", "сообщение",
            "интервью", "пост", "письмо", "обращение", "ответ", "заява", "заяві", "повідомлення", "інтерв'ю", "допис",
            "лист", "звернення", "відповідь");

    private final ArticleView view;
    private final String text;

    Attributor(ArticleView view) {
        this.view = view;
        this.text = view.text;
    }

    // ---------------------------------------------------------------- after the quote

    /** Attribution in the words right after the closing mark, or null. */
    Cue after(int from) {
        int i = from;
        int n = text.length();
        boolean dash = false;
        while (i < n && i < from + 6) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == ',' || c == '!' || c == '?' || c == '…') {
                i++;
            } else if (c == '—' || c == '–' || (c == '-' && i + 1 < n && text.charAt(i + 1) == ' ')) {
                dash = true;
                i++;
            } else {
                break;
            }
        }
        if (i >= n || text.charAt(i) == '\n' || text.charAt(i) == '.') {
            return null;
        }
        // In Russian and Ukrainian the words after a quote attribute it only after a dash: «…», — сказал он.
        // Without one they continue the sentence: "Комментарии" писали.
        if (view.cyrillic() && !dash) {
            return null;
        }
        List<Token> toks = clause(i, Math.min(n, i + AFTER_WINDOW));
        if (toks.isEmpty()) {
            return null;
        }
        int clauseEnd = toks.get(toks.size() - 1).end();
        Cue introduced = introducer(toks, 0, clauseEnd);
        if (introduced != null) {
            return introduced;
        }
        int words = 0;
        boolean appositive = appositiveAfterName(toks);
        int reach = appositive ? VERB_REACH_APPOSITIVE_CLOSED : VERB_REACH_AFTER;
        for (int k = 0; k < toks.size() && words < reach; k++) {
            Token t = toks.get(k);
            if (!t.word()) {
                continue;
            }
            words++;
            SpeechVerbs.Verb v = view.speechVerb(t);
            if (v == null) {
                continue;
            }
            if (v.impersonal()) {
                return Cue.nobody(t.start(), t.end(), clauseEnd);
            }
            boolean closesApposition = appositive && toks.get(k - 1).is(text, ',');
            if (closesApposition) {
                // "…," Trump, the 2016 GOP frontrunner … in South Carolina, said: the name before the apposition
                int m = view.mentionOverlapping(toks.get(0).start(), toks.get(0).end());
                PersonMention pm = view.mention(m);
                return new Cue(Cue.Kind.MENTION, pm.start(), pm.end(), m, v.gender(), clauseEnd);
            }
            if (words > VERB_REACH_APPOSITIVE) {
                continue; // far verbs count only where a comma closes the apposition
            }
            Cue before = subjectBefore(toks, 0, k, v, clauseEnd);
            if (before != null) {
                return participleWithoutSubject(before, v);
            }
            return participleWithoutSubject(subjectAfter(toks, k + 1, toks.size(), v, clauseEnd), v);
        }
        return null;
    }

    /**
     * "…, adding: «…»", "…, — добавив він"? A participle without its own subject shares the subject of the
     * main clause: the speaker of the speech before it, or the subject of the sentence.
     */
    private static Cue participleWithoutSubject(Cue cue, SpeechVerbs.Verb v) {
        if (v.participle() && cue.kind() == Cue.Kind.NOBODY) {
            return new Cue(Cue.Kind.CONTINUES, cue.start(), cue.end(), -1, v.gender(), cue.clauseEnd());
        }
        return cue;
    }

    private boolean appositiveAfterName(List<Token> toks) {
        return toks.size() > 2 && toks.get(0).word()
                && view.mentionOverlapping(toks.get(0).start(), toks.get(0).end()) >= 0
                && (toks.get(1).is(text, ',') || (toks.size() > 3 && toks.get(2).is(text, ',')));
    }

    // ---------------------------------------------------------------- before the quote

    /** What the words before a quote say, with whether they introduce it fully (colon, comma) or report it. */
    record Before(Cue cue, boolean reported) {}

    /** Attribution in the sentence before the opening mark, or null. */
    Before before(int open, int floor) {
        int j = open - 1;
        while (j >= floor && j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        if (j >= floor && j >= 0 && text.charAt(j) == '\n') {
            // A colon at the end of the previous paragraph introduces a quote standing alone.
            int k = j;
            while (k >= floor && k >= 0 && Character.isWhitespace(text.charAt(k))) {
                k--;
            }
            if (k < floor || k < 0 || text.charAt(k) != ':') {
                return null;
            }
            j = k;
        }
        if (j < floor || j < 0) {
            return null;
        }
        char p = text.charAt(j);
        if (p == '—' || p == '–' || (p == '-' && j > 0 && text.charAt(j - 1) == ' ')) {
            // "Kasich boasted to reporters of his organization - "the best in the state" - and…": in English a
            // dash sets a quote into the reporting sentence; in Russian and Ukrainian it is dialogue.
            return view.cyrillic() ? null : reportedBeforeDash(open, j, floor);
        }
        int start = sentenceStart(j, floor);
        boolean punct = p == ':' || p == ',';
        List<Token> toks = Token.tokenize(text, start, punct ? j : j + 1, true);
        if (toks.isEmpty()) {
            return null;
        }
        int clauseEnd = open;
        if (p == ':' || p == ',') {
            Cue introduced = introducerAnywhere(toks, j);
            if (introduced != null) {
                return new Before(introduced, false);
            }
            int v = lastVerb(toks, 0);
            if (v >= 0) {
                return new Before(fromVerb(toks, v, clauseEnd), false);
            }
            if (p == ':') {
                Cue named = nameEndingAt(toks);
                if (named != null) {
                    return new Before(named, false);
                }
            }
            // No speech verb: "Kasich resisted: «…»", "Clinton's response was: «…»", "Trump issued a statement,
            // «…»". The clause introduces the quote; its subject (or the owner of the statement) said it.
            if (p == ':' || mentionsSpeechNoun(toks)) {
                Cue subject = clauseSubject(toks, clauseEnd);
                return subject == null ? null : new Before(subject, false);
            }
            return null;
        }
        if (Character.isLetterOrDigit(p)) {
            Cue introduced = introducerAnywhere(toks, j);
            if (introduced != null) {
                return new Before(introduced, true);
            }
            int v = lastVerb(toks, 0);
            if (v >= 0) {
                return new Before(fromVerb(toks, v, clauseEnd), true);
            }
        }
        return null;
    }

    private Before reportedBeforeDash(int open, int dash, int floor) {
        int start = sentenceStart(dash, floor);
        List<Token> toks = Token.tokenize(text, start, dash, true);
        int v = lastVerb(toks, 0);
        return v < 0 ? null : new Before(fromVerb(toks, v, open), true);
    }

    /** Attribution inside an interrupted quote: the words between «A, — and — B». */
    Cue inside(int from, int to) {
        List<Token> toks = Token.tokenize(text, from, to, true);
        for (int k = 0; k < toks.size() && k < 10; k++) {
            SpeechVerbs.Verb v = view.speechVerb(toks.get(k));
            if (v != null) {
                if (v.impersonal()) {
                    return Cue.nobody(from, to, to);
                }
                Cue before = subjectBefore(toks, 0, k, v, to);
                return before != null ? before : subjectAfter(toks, k + 1, toks.size(), v, to);
            }
        }
        return null;
    }

    /** True when the words right after a dash inside a quote are an attribution (the quote is interrupted). */
    boolean startsAttribution(int from, int to) {
        List<Token> toks = Token.tokenize(text, from, Math.min(to, from + 80), true);
        int words = 0;
        for (Token t : toks) {
            if (!t.word()) {
                continue;
            }
            if (words == 0 && Character.isUpperCase(text.charAt(t.start())) && view.cyrillic()
                    && view.mentionOverlapping(t.start(), t.end()) < 0 && view.pronoun(t) == null) {
                return false; // a capitalised word after the dash that is no name starts new speech
            }
            if (view.speechVerb(t) != null) {
                return true;
            }
            if (++words >= 4) {
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- subjects

    private Cue fromVerb(List<Token> toks, int v, int clauseEnd) {
        SpeechVerbs.Verb verb = view.speechVerb(toks.get(v));
        if (verb.impersonal()) {
            Token t = toks.get(v);
            return Cue.nobody(t.start(), t.end(), clauseEnd);
        }
        Cue before = subjectBefore(toks, 0, v, verb, clauseEnd);
        return participleWithoutSubject(before != null ? before
                : subjectAfter(toks, v + 1, toks.size(), verb, clauseEnd), verb);
    }

    /**
     * The subject standing before the verb (English "Clinton said", "— Песков отметил", "Белозёров заявил:"):
     * the nearest name, pronoun or role. Null when there are no words before the verb.
     */
    private Cue subjectBefore(List<Token> toks, int from, int verb, SpeechVerbs.Verb v, int clauseEnd) {
        if (v.participle() && participleOpensClause(toks, from, verb)) {
            Cue main = subjectOfEarlierSpeechVerb(toks, from, verb, clauseEnd);
            if (main != null) {
                return main;
            }
            Token t = toks.get(verb);
            return new Cue(Cue.Kind.CONTINUES, t.start(), t.end(), -1, v.gender(), clauseEnd);
        }
        if (coordinated(toks, from, verb)) {
            // "Lazar said he welcomed extradition and added": the subject of the speech verb before, else the
            // subject of the sentence
            Cue subject = subjectOfEarlierSpeechVerb(toks, from, verb, clauseEnd);
            if (subject == null) {
                subject = sentenceSubject(toks, from, verb, v, clauseEnd);
            }
            if (subject != null) {
                return subject;
            }
        }
        Cue appositive = appositiveSubject(toks, from, verb, v, clauseEnd);
        if (appositive != null) {
            return appositive;
        }
        boolean anyWord = false;
        for (int k = verb - 1; k >= from; k--) {
            Token t = toks.get(k);
            if (t.is(text, ',')) {
                k = skipRelativeClause(toks, from, k);
                continue;
            }
            if (!t.word()) {
                if (QuoteMarks.isMark(t.first(text)) && t.first(text) != '\'' && t.first(text) != '’') {
                    k = openingMarkBefore(toks, from, k); // names inside quoted titles say nothing
                }
                continue;
            }
            anyWord = true;
            Cue c = candidate(toks, k, from, v, clauseEnd, false);
            if (c != null) {
                return c;
            }
        }
        if (!anyWord) {
            return null;
        }
        Cue guess = nameGuessBackward(toks, from, verb, v, clauseEnd);
        if (guess != null) {
            return guess;
        }
        Token first = firstWord(toks, from, verb);
        Token last = toks.get(verb - 1);
        return Cue.nobody(first == null ? last.start() : first.start(), last.end(), clauseEnd);
    }

    /**
     * "Marty West, an education professor at Harvard who worked for Sen. Lamar Alexander, called it…": a sentence
     * opening with a name and a comma, whose verb follows the comma closing the apposition, has that name for its
     * subject, not the names inside the apposition. The name is a mention, or a given name and a surname.
     */
    private Cue appositiveSubject(List<Token> toks, int from, int verb, SpeechVerbs.Verb v, int clauseEnd) {
        if (verb - 1 <= from + 2 || !toks.get(verb - 1).is(text, ',') || !toks.get(from).capitalised(text)) {
            return null;
        }
        int m = view.mentionOverlapping(toks.get(from).start(), toks.get(from).end());
        int end = from;
        while (end < verb && toks.get(end).capitalised(text)) {
            end++;
        }
        if (end >= verb || !toks.get(end).is(text, ',')) {
            return null;
        }
        if (m >= 0) {
            PersonMention pm = view.mention(m);
            return pm.end() <= toks.get(end).start() && genderFits(pm, v)
                    ? new Cue(Cue.Kind.MENTION, pm.start(), pm.end(), m, v.gender(), clauseEnd) : null;
        }
        if (end - from != 2 || isFunctionWord(toks.get(from)) || view.roleNoun(toks.get(from))
                || SUBORDINATORS.contains(view.lower(toks.get(from)))) {
            return null;
        }
        return new Cue(Cue.Kind.NAME_GUESS, toks.get(from).start(), toks.get(end - 1).end(), -1, v.gender(),
                clauseEnd);
    }

    /**
     * "Spicer said, adding, “…”", "Nefzi said, adding": a participle after a finite speech verb of the same
     * sentence has that verb's subject. Null when there is none, or it names nobody in particular.
     */
    private Cue subjectOfEarlierSpeechVerb(List<Token> toks, int from, int participle, int clauseEnd) {
        for (int k = participle - 1; k >= from; k--) {
            SpeechVerbs.Verb main = view.speechVerb(toks.get(k));
            if (main == null || main.participle()) {
                continue;
            }
            if (main.impersonal()) {
                return null;
            }
            // "He tweeted when Clinton ended the debate, remarking": the participle hangs on the nearer clause
            for (int j = k + 1; j < participle - 1; j++) {
                if (toks.get(j).word() && SUBORDINATORS.contains(view.lower(toks.get(j)))) {
                    Cue sub = candidate(toks, j + 1, j + 1, main, clauseEnd, true);
                    if (sub != null && (sub.kind() == Cue.Kind.MENTION || sub.kind() == Cue.Kind.PRONOUN)) {
                        return sub;
                    }
                }
            }
            Cue c = subjectBefore(toks, from, k, main, clauseEnd);
            if (c == null) {
                c = subjectAfter(toks, k + 1, participle, main, clauseEnd);
            }
            return c != null && c.kind() != Cue.Kind.NOBODY && c.kind() != Cue.Kind.CONTINUES ? c : null;
        }
        return null;
    }

    /** Index of the opening mark of the quoted stretch whose closing mark is at {@code close}, else close. */
    private int openingMarkBefore(List<Token> toks, int from, int close) {
        for (int k = close - 1; k >= from && k >= close - 12; k--) {
            Token t = toks.get(k);
            if (!t.word() && QuoteMarks.isMark(t.first(text))) {
                return QuoteMarks.closes(t.first(text), toks.get(close).first(text)) ? k : close;
            }
        }
        return close;
    }

    /**
     * "…, saying", "while adding", "Adding, “…”", "…, добавив": a participle opening its clause has the subject
     * of the main clause, not the nearest name before it.
     */
    private boolean participleOpensClause(List<Token> toks, int from, int verb) {
        if (verb == from) {
            return true;
        }
        int p = verb - 1;
        while (p > from && !toks.get(p).word() && QuoteMarks.isMark(toks.get(p).first(text))) {
            p--; // on "Morning Joe," adding: the comma sits inside the closing mark
        }
        Token prev = toks.get(p);
        return prev.is(text, ',') || (prev.word() && PARTICIPLE_OPENERS.contains(view.lower(prev)));
    }

    /** "X … and said", "but went on to say", "и добавил": the verb shares the subject of the sentence. */
    private boolean coordinated(List<Token> toks, int from, int verb) {
        for (int k = verb - 1; k >= from && k >= verb - 4; k--) {
            Token t = toks.get(k);
            if (!t.word() || view.mentionOverlapping(t.start(), t.end()) >= 0 || view.pronoun(t) != null) {
                return false;
            }
            if (COORDINATORS.contains(view.lower(t))) {
                return k > from;
            }
        }
        return false;
    }

    /** The first person or pronoun of the clause, skipping prepositional phrases. */
    private Cue sentenceSubject(List<Token> toks, int from, int verb, SpeechVerbs.Verb v, int clauseEnd) {
        for (int k = mainClauseStart(toks, from, verb); k < verb; k++) {
            Token t = toks.get(k);
            if (!t.word()) {
                continue;
            }
            boolean afterPreposition = k > from && view.preposition(toks.get(k - 1));
            int m = view.mentionOverlapping(t.start(), t.end());
            if (m >= 0 && !afterPreposition && !possessive(t)) {
                PersonMention pm = view.mention(m);
                return new Cue(Cue.Kind.MENTION, pm.start(), pm.end(), m, v.gender(), clauseEnd);
            }
            Gender g = view.pronoun(t);
            if (g != null && !afterPreposition) {
                return new Cue(Cue.Kind.PRONOUN, t.start(), t.end(), -1, g, clauseEnd);
            }
        }
        return null;
    }

    /**
     * Where the main clause starts: after any leading clause that opens with a subordinator or a preposition and
     * ends with a comma ("When Wallace died in 1998, President Clinton released…", "In an interview with
     * journalist Matei Rosca last year, Lazar said…"), whose names are not the subject.
     */
    private int mainClauseStart(List<Token> toks, int from, int to) {
        int start = from;
        while (start < to && toks.get(start).word()) {
            Token first = toks.get(start);
            String w = view.lower(first);
            if (!SUBORDINATORS.contains(w) && (!view.preposition(first) || COORDINATORS.contains(w))) {
                break;
            }
            int comma = -1;
            for (int k = start + 1; k < to; k++) {
                if (toks.get(k).is(text, ',')) {
                    comma = k;
                    break;
                }
            }
            if (comma < 0 || comma + 1 >= to) {
                break;
            }
            start = comma + 1;
        }
        return start;
    }

    /**
     * Walking back from a comma: when the stretch before it opens with a relative pronoun ("Clinton, who called
     * Sanders, told…"), the whole relative clause is skipped; returns the index to continue from.
     */
    private int skipRelativeClause(List<Token> toks, int from, int comma) {
        for (int k = comma - 1; k > from; k--) {
            Token t = toks.get(k);
            if (t.is(text, ',')) {
                if (k + 1 < comma && RELATIVE_PRONOUNS.contains(view.lower(toks.get(k + 1)))) {
                    return k;
                }
                return comma;
            }
        }
        return comma;
    }

    /** The subject after the verb: "— отметил Песков", "said Sen. Ted Cruz", "— сообщили в МЧС" (nobody). */
    private Cue subjectAfter(List<Token> toks, int from, int to, SpeechVerbs.Verb v, int clauseEnd) {
        Cue role = null;
        int roleAt = -1;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (!t.word()) {
                if (t.is(text, ',') && role == null && k > from) {
                    break; // "…, — сказал Песков, отвечая на вопрос о Трампе": the subject came before
                }
                continue;
            }
            if (role != null && k - roleAt > 5) {
                break;
            }
            Cue c = candidate(toks, k, from, v, clauseEnd, true);
            if (c == null) {
                continue;
            }
            if (c.kind() == Cue.Kind.ROLE) {
                if (role == null) {
                    role = c;
                    roleAt = k;
                }
                continue;
            }
            if (c.kind() == Cue.Kind.NOBODY) {
                return role != null ? role : c;
            }
            return c;
        }
        if (role != null) {
            return role;
        }
        Cue guess = nameGuessForward(toks, from, to, clauseEnd);
        if (guess != null) {
            return guess;
        }
        int s = from < toks.size() ? toks.get(from).start() : clauseEnd;
        return Cue.nobody(s, clauseEnd, clauseEnd);
    }

    /**
     * What the word at k says about the speaker: a mention, a pronoun, a role, an indefinite source, or null
     * for a word that says nothing (adverbs, "журналистам", "in a statement").
     */
    private Cue candidate(List<Token> toks, int k, int from, SpeechVerbs.Verb v, int clauseEnd, boolean forward) {
        Token t = toks.get(k);
        // "with Trump reportedly yelling": the name after "with" is the subject of the participle that follows
        boolean afterPreposition = k > from && view.preposition(toks.get(k - 1))
                && !(v.participle() && !forward && view.lower(toks.get(k - 1)).equals("with"));
        // a pronoun is never a name, even where the people engine glued it to one ("Байден. Он" → "Байден Он")
        int m = view.pronoun(t) != null ? -1 : view.mentionOverlapping(t.start(), t.end());
        if (m >= 0) {
            PersonMention pm = view.mention(m);
            if (afterPreposition || possessive(t) || !genderFits(pm, v)) {
                return null;
            }
            if (forward) {
                // "помощник Путина Юрий Ушаков": a name right after a role and right before another name is the
                // role's complement; the speaker is the second.
                int next = nextMentionWithin(toks, k, pm.end(), 2);
                if (next >= 0 && k > from && view.roleNoun(toks.get(k - 1))) {
                    m = next;
                    pm = view.mention(m);
                }
            }
            return new Cue(Cue.Kind.MENTION, pm.start(), pm.end(), m, v.gender(), clauseEnd);
        }
        Gender g = view.pronoun(t);
        if (g != null && !afterPreposition) {
            return new Cue(Cue.Kind.PRONOUN, t.start(), t.end(), -1, g, clauseEnd);
        }
        if (view.pluralPronoun(t) && !afterPreposition) {
            return Cue.nobody(t.start(), t.end(), clauseEnd);
        }
        if (!afterPreposition && view.roleNoun(t) && !isTitleAbbreviationBeforeName(toks, k)) {
            if (k > from && view.indefinite(toks.get(k - 1))) {
                return Cue.nobody(toks.get(k - 1).start(), t.end(), clauseEnd);
            }
            if (k > from + 1 && view.indefinite(toks.get(k - 2)) && toks.get(k - 1).word()) {
                return Cue.nobody(toks.get(k - 2).start(), t.end(), clauseEnd); // a Northgate spokesperson
            }
            return new Cue(Cue.Kind.ROLE, t.start(), roleEnd(toks, k), -1, v.gender(), clauseEnd);
        }
        return null;
    }

    /** "Sen." before a name is part of the name, not a role on its own. */
    private boolean isTitleAbbreviationBeforeName(List<Token> toks, int k) {
        String w = view.lower(toks.get(k));
        return TITLE_ABBREVIATIONS.contains(w) && k + 1 < toks.size() && toks.get(k + 1).is(text, '.');
    }

    /** The role with its complement: "пресс-секретарь Кремля", "mayor of Northgate". */
    private int roleEnd(List<Token> toks, int k) {
        int end = toks.get(k).end();
        for (int j = k + 1; j < toks.size() && j <= k + 2; j++) {
            Token t = toks.get(j);
            if (!t.word() || view.mentionOverlapping(t.start(), t.end()) >= 0 || view.speechVerb(t) != null) {
                break;
            }
            end = t.end();
        }
        return end;
    }

    private int nextMentionWithin(List<Token> toks, int k, int after, int maxTokens) {
        int seen = 0;
        for (int j = k + 1; j < toks.size() && seen < maxTokens + 2; j++) {
            Token t = toks.get(j);
            if (t.end() <= after) {
                continue;
            }
            if (!t.word()) {
                return -1;
            }
            int m = view.mentionOverlapping(t.start(), t.end());
            if (m >= 0) {
                return m;
            }
            seen++;
        }
        return -1;
    }

    private boolean possessive(Token t) {
        String w = t.of(text);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return true;
        }
        int e = t.end();
        return e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '’')
                && (text.charAt(e + 1) == 's' || text.charAt(e + 1) == ' ');
    }

    private static boolean genderFits(PersonMention pm, SpeechVerbs.Verb v) {
        return v.gender() == Gender.UNKNOWN || pm.gender() == Gender.UNKNOWN || pm.gender() == v.gender();
    }

    // ---------------------------------------------------------------- introducers: по словам X, according to X

    private Cue introducer(List<Token> toks, int at, int clauseEnd) {
        int after = matchIntroducer(toks, at);
        if (after < 0) {
            return null;
        }
        SpeechVerbs.Verb none = new SpeechVerbs.Verb("", verbGenderOfIntroducer(toks, at), false, false, false);
        return subjectAfter(toks, after, toks.size(), none, clauseEnd);
    }

    /** An introducer anywhere in the last words before a comma or colon: "По словам Пескова, «…»". */
    private Cue introducerAnywhere(List<Token> toks, int clauseEnd) {
        for (int k = Math.max(0, toks.size() - 10); k < toks.size(); k++) {
            int after = matchIntroducer(toks, k);
            if (after >= 0) {
                SpeechVerbs.Verb none = new SpeechVerbs.Verb("", verbGenderOfIntroducer(toks, k), false, false, false);
                return subjectAfter(toks, after, toks.size(), none, clauseEnd);
            }
        }
        return null;
    }

    /** Index of the token after the introducer starting at {@code at}, or -1. */
    private int matchIntroducer(List<Token> toks, int at) {
        for (String[] intro : view.lexicon.sourceIntroducers) {
            if (at + intro.length > toks.size()) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < intro.length && ok; j++) {
                Token t = toks.get(at + j);
                ok = t.word() && view.lower(t).equals(intro[j]);
            }
            if (ok) {
                return at + intro.length;
            }
        }
        return -1;
    }

    private Gender verbGenderOfIntroducer(List<Token> toks, int at) {
        for (int j = at; j < toks.size() && j < at + 3; j++) {
            SpeechVerbs.Verb v = view.speechVerb(toks.get(j));
            if (v != null) {
                return v.gender();
            }
        }
        return Gender.UNKNOWN;
    }

    // ---------------------------------------------------------------- names the people engine did not give

    /** Capitalised words right before the verb ("…," Clinton said) when the people engine has no mention there. */
    private Cue nameGuessBackward(List<Token> toks, int from, int verb, SpeechVerbs.Verb v, int clauseEnd) {
        int end = -1;
        int start = -1;
        for (int k = verb - 1; k >= from; k--) {
            Token t = toks.get(k);
            if (t.capitalised(text) && !view.roleNoun(t) && !isFunctionWord(t)) {
                if (end < 0) {
                    end = t.end();
                }
                start = t.start();
            } else if (end >= 0 && !(t.is(text, '.') && k > from && isInitial(toks.get(k - 1)))) {
                break;
            }
        }
        return end < 0 ? null : new Cue(Cue.Kind.NAME_GUESS, start, end, -1, v.gender(), clauseEnd);
    }

    private Cue nameGuessForward(List<Token> toks, int from, int to, int clauseEnd) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.is(text, ',')) {
                return null;
            }
            if (!t.capitalised(text) || view.roleNoun(t) || isFunctionWord(t)
                    || (k > from && view.preposition(toks.get(k - 1)))) {
                continue;
            }
            int end = t.end();
            for (int j = k + 1; j < to; j++) {
                Token u = toks.get(j);
                if (u.capitalised(text)) {
                    end = u.end();
                } else if (!(u.is(text, '.') && (isInitial(toks.get(j - 1)) || abbreviationBefore(toks.get(j - 1))))) {
                    break; // "John F. Keller", "Army Capt. Christian Pardo" go on past their periods
                }
            }
            return new Cue(Cue.Kind.NAME_GUESS, t.start(), end, -1, Gender.UNKNOWN, clauseEnd);
        }
        return null;
    }

    private boolean mentionsSpeechNoun(List<Token> toks) {
        for (Token t : toks) {
            if (t.word() && SPEECH_NOUNS.contains(view.lower(t))) {
                return true;
            }
        }
        return false;
    }

    /** The first person of a clause without a speech verb; a possessive counts ("Bush's Facebook post:"). */
    private Cue clauseSubject(List<Token> toks, int clauseEnd) {
        // "a cultish blind faith in Obama’s word:", "Bush's Facebook post:": the owner of the words, wherever
        for (int k = toks.size() - 1; k >= 0 && k >= toks.size() - 4; k--) {
            Token t = toks.get(k);
            if (t.word() && SPEECH_NOUNS.contains(view.lower(t))) {
                for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                    Token o = toks.get(j);
                    int m = o.word() && possessive(o) ? view.mentionOverlapping(o.start(), o.end()) : -1;
                    if (m >= 0) {
                        PersonMention pm = view.mention(m);
                        return new Cue(Cue.Kind.MENTION, pm.start(), pm.end(), m, Gender.UNKNOWN, clauseEnd);
                    }
                }
                break;
            }
        }
        for (int k = mainClauseStart(toks, 0, toks.size()); k < toks.size(); k++) {
            Token t = toks.get(k);
            if (!t.word()) {
                continue;
            }
            int m = view.mentionOverlapping(t.start(), t.end());
            if (m >= 0 && (possessive(t) || k == 0 || !view.preposition(toks.get(k - 1)))) {
                PersonMention pm = view.mention(m);
                return new Cue(Cue.Kind.MENTION, pm.start(), pm.end(), m, Gender.UNKNOWN, clauseEnd);
            }
        }
        return null;
    }

    /**
     * A signature line under a quote: the next paragraph opens with a dash and a name ("- Bernie Sanders.",
     * "—President Obama, tweeting after the speech").
     */
    Cue signature(int after) {
        int i = after;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
            i++;
        }
        if (i >= n || text.charAt(i) != '\n') {
            return null;
        }
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= n || !(text.charAt(i) == '-' || text.charAt(i) == '—' || text.charAt(i) == '–')) {
            return null;
        }
        List<Token> toks = Token.tokenize(text, i + 1, Math.min(n, i + 80), true);
        for (int k = 0; k < toks.size() && k < 4; k++) {
            Token t = toks.get(k);
            int m = t.word() ? view.mentionOverlapping(t.start(), t.end()) : -1;
            if (m >= 0) {
                PersonMention pm = view.mention(m);
                return new Cue(Cue.Kind.MENTION, pm.start(), pm.end(), m, Gender.UNKNOWN, pm.end());
            }
            if (t.is(text, ',')) {
                break;
            }
        }
        return null;
    }

    /** "Песков: «…»": a name right before the colon. */
    private Cue nameEndingAt(List<Token> toks) {
        Token last = toks.get(toks.size() - 1);
        if (!last.word()) {
            return null;
        }
        int m = view.mentionOverlapping(last.start(), last.end());
        if (m >= 0) {
            PersonMention pm = view.mention(m);
            return new Cue(Cue.Kind.MENTION, pm.start(), pm.end(), m, Gender.UNKNOWN, last.end());
        }
        return null;
    }

    private boolean isInitial(Token t) {
        return t.word() && t.end() - t.start() <= 2 && Character.isUpperCase(text.charAt(t.start()));
    }

    private boolean isFunctionWord(Token t) {
        String w = view.lower(t);
        return w.length() <= 3 && (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("but")
                || w.equals("and") || w.equals("as") || w.equals("in") || w.equals("on") || w.equals("at")
                || w.equals("и") || w.equals("а") || w.equals("но") || w.equals("і") || w.equals("та")
                || w.equals("как") || w.equals("як") || w.equals("для") || w.equals("в") || w.equals("у"));
    }

    private static Token firstWord(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).word()) {
                return toks.get(k);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- clause boundaries

    /** Tokens from {@code from} to the end of the clause: a sentence end, a line break or the next quote. */
    private List<Token> clause(int from, int to) {
        List<Token> all = Token.tokenize(text, from, to, true);
        for (int k = 0; k < all.size(); k++) {
            Token t = all.get(k);
            if (t.word()) {
                continue;
            }
            char c = t.first(text);
            boolean end = c == '!' || c == '?' || c == ';' || (QuoteMarks.isOpening(c) && c != '\'')
                    || (c == '.' && !(k > 0 && abbreviationBefore(all.get(k - 1))))
                    || ((c == '—' || c == '–') && k > 0);
            if (end) {
                return all.subList(0, k);
            }
        }
        return all;
    }

    private boolean abbreviationBefore(Token t) {
        if (!t.word()) {
            return false;
        }
        return isInitial(t) || TITLE_ABBREVIATIONS.contains(t.of(text).toLowerCase(Locale.ROOT));
    }

    /** Start of the sentence that ends at {@code at}: after the last sentence end, line break or closing mark. */
    private int sentenceStart(int at, int floor) {
        int lo = Math.max(Math.max(0, floor), at - BEFORE_WINDOW);
        for (int i = at - 1; i >= lo; i--) {
            char c = text.charAt(i);
            if ((c == '”' || c == '"') && !view.cyrillic()) {
                int open = scareQuoteOpening(i, lo);
                if (open >= 0) {
                    i = open; // addressing her as “Hillary” and telling her: the sentence runs on
                    continue;
                }
            }
            if (c == '\n' || c == '»' || c == '”' || c == ';' || ((c == '"' || c == '“') && i + 1 < text.length()
                    && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == ','))) {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < at && text.charAt(i + 1) == ' '
                    && !(i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                    && (i < 2 || !Character.isLetter(text.charAt(i - 2))))
                    && !(c == '.' && titleAbbreviationEndingAt(i))) {
                return i + 1;
            }
        }
        return lo;
    }

    /**
     * The opening mark of a word or three in quotation marks that the sentence runs on after ("as “Hillary” and",
     * "the “reporter,” saying"), or -1 when the mark at {@code close} ends real speech.
     */
    private int scareQuoteOpening(int close, int lo) {
        int k = close + 1;
        if (k < text.length() && text.charAt(k) == ',') {
            k++;
        }
        if (k + 1 >= text.length() || text.charAt(k) != ' ' || !Character.isLowerCase(text.charAt(k + 1))) {
            return -1;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = close - 1; i >= lo && i > close - 40; i--) {
            char c = text.charAt(i);
            if (c == '“' || c == '"') {
                return words <= 3 && words > 0 ? i : -1;
            }
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '”') {
                return -1;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return -1;
    }

    /** "Minnesota Sen. Al Franken": the period closes a title, not the sentence. */
    private boolean titleAbbreviationEndingAt(int dot) {
        int k = dot - 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        return dot - k > 1 && TITLE_ABBREVIATIONS.contains(text.substring(k + 1, dot).toLowerCase(Locale.ROOT));
    }

    /** Index of the last speech verb at or after {@code from}, or -1. */
    private int lastVerb(List<Token> toks, int from) {
        for (int k = toks.size() - 1; k >= from; k--) {
            if (view.speechVerb(toks.get(k)) != null) {
                return k;
            }
        }
        return -1;
    }
}
