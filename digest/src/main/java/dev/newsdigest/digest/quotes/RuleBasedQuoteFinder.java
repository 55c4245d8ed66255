package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.text.AnalyzedText;
import dev.newsdigest.digest.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quote stage of the digest engine, rules only, linear in the article length:
 * <ol>
 *   <li>{@link QuoteScanner} finds quoted stretches in every quotation style; {@link DialogueScanner} finds
 *       dialogue lines; {@link InterruptionSplitter} cuts «A, — сказал X. — B» into its speech parts;</li>
 *   <li>{@link Attributor} reads the attribution after and before each quote;</li>
 *   <li>{@link QuoteClassifier} drops names and scare quotes and marks partial quotes;</li>
 *   <li>a quote without attribution continues the speech of the quote before it when nothing but that
 *       quote's attribution stands between them ("A," she said. "B");</li>
 *   <li>{@link SpeakerResolver} turns each cue into one of the people engine's persons, or null;</li>
 *   <li>{@link IndirectSpeechFinder} adds reported speech; {@link QuoteRanker} ranks everything.</li>
 * </ol>
 * Thread-safe: all per-article state lives in objects made per call.
 */
public final class RuleBasedQuoteFinder implements QuoteFinder {

    /** The quotes of one article and the speakers its words name that the people engine did not give. */
    public record Analysis(List<Quote> quotes, List<SpeakerMiss> misses) {}

    private final QuoteScanner scanner = new QuoteScanner();
    private final QuoteRanker ranker = new QuoteRanker();

    public RuleBasedQuoteFinder() {
        Morphology.preload();
    }

    @Override
    public List<Quote> find(AnalyzedText text, PeopleResult people) {
        return analyse(text, people).quotes();
    }

    public Analysis analyse(AnalyzedText analyzed, PeopleResult people) {
        String text = analyzed.text();
        Language language = analyzed.language();
        ArticleView view = new ArticleView(text, language, people);
        Attributor attributor = new Attributor(view);
        InterruptionSplitter splitter = new InterruptionSplitter(view, attributor);

        List<Candidate> candidates = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (QuotedSpan s : scanner.scan(text)) {
            spans.add(new int[] {s.open(), s.after()});
            addSpan(s, view, splitter, candidates);
        }
        Ranges quoted = new Ranges(spans);
        if (view.cyrillic()) {
            candidates.addAll(new DialogueScanner(view, splitter).scan(quoted));
        }
        candidates.sort(Comparator.comparingInt(c -> c.start));

        attribute(candidates, attributor, view);
        QuoteClassifier classifier = new QuoteClassifier(view);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            QuoteClassifier.Verdict v = classifier.classify(c);
            if (v != QuoteClassifier.Verdict.REJECT) {
                c.partial = v == QuoteClassifier.Verdict.PARTIAL;
                kept.add(c);
            }
        }
        List<SpeakerMiss> misses = new ArrayList<>();
        List<int[]> keptRanges = new ArrayList<>();
        for (Candidate c : kept) {
            keptRanges.add(new int[] {c.start, c.end});
        }
        Ranges keptQuotes = new Ranges(keptRanges);
        SpeakerResolver resolver = new SpeakerResolver(view, keptQuotes, misses);
        resolveAndInherit(kept, resolver, view, analyzed.sentences());
        // A partial quote nobody is said to have spoken is a phrase in quotation marks, not a quote.
        kept.removeIf(c -> c.partial && c.cue == null);

        List<Quote> quotes = new ArrayList<>();
        for (Candidate c : kept) {
            quotes.add(quote(text, c.start, c.end, c.speaker, Quote.Kind.DIRECT, c.partial));
        }
        int bodyStart = analyzed.article().bodyStart();
        IndirectSpeechFinder indirect = new IndirectSpeechFinder(view, attributor, resolver);
        List<Span> sentences = analyzed.sentences();
        for (IndirectSpeechFinder.Reported r : indirect.find(sentences, new Ranges(spans), bodyStart)) {
            quotes.add(quote(text, r.start(), r.end(), r.speaker(), Quote.Kind.INDIRECT, false));
        }
        quotes.sort(Comparator.comparingInt(Quote::start));
        return new Analysis(ranker.rank(quotes, people.people(), text.length()), List.copyOf(misses));
    }

    private static Quote quote(String text, int start, int end, Person speaker, Quote.Kind kind, boolean partial) {
        return new Quote(text.substring(start, end), speaker == null ? null : speaker.name(),
                speaker == null ? null : speaker.key(), kind, start, end, 0, partial);
    }

    /** One quoted stretch, cut at interruptions («A, — сказал X. — B») into its speech parts. */
    private static void addSpan(QuotedSpan s, ArticleView view, InterruptionSplitter splitter, List<Candidate> out) {
        String text = view.text;
        char lastInside = lastCharInside(text, s.contentStart(), s.close());
        List<InterruptionSplitter.Part> parts = view.cyrillic()
                ? splitter.split(s.contentStart(), s.contentEnd())
                : List.of(new InterruptionSplitter.Part(s.contentStart(), s.contentEnd(), null));
        if (parts.size() <= 1) {
            int st = parts.isEmpty() ? s.contentStart() : parts.get(0).start();
            int en = parts.isEmpty() ? s.contentEnd() : parts.get(0).end();
            Candidate c = new Candidate(s.open(), st, en, s.after(), s.openEnded(), lastInside);
            if (!parts.isEmpty() && parts.get(0).cue() != null) {
                c.cue = parts.get(0).cue();
                c.cueInside = true;
            }
            out.add(c);
            return;
        }
        Cue previous = null;
        for (int k = 0; k < parts.size(); k++) {
            InterruptionSplitter.Part p = parts.get(k);
            boolean last = k == parts.size() - 1;
            Candidate c = new Candidate(k == 0 ? s.open() : p.start() - 1, p.start(), p.end(),
                    last ? s.after() : p.end(), last && s.openEnded(), last ? lastInside : text.charAt(p.end() - 1));
            if (p.cue() != null) {
                c.cue = p.cue();
                c.cueInside = true;
            } else if (!last) {
                c.cue = previous;
                c.cueInside = previous != null;
            }
            if (c.cue != null) {
                previous = c.cue;
            }
            out.add(c);
        }
        // The part after the last interruption: its own attribution after the marks, else the interruption's.
        Candidate tail = out.get(out.size() - 1);
        if (tail.cue == null && previous != null) {
            tail.cue = previous;
            tail.cueInside = true;
            tail.inherited = false;
            tail.tailOfInterruption = true;
        }
    }

    /** The last character before the closing mark, inner closing marks and spaces skipped (…he said, ‘no.’”). */
    private static char lastCharInside(String text, int from, int close) {
        int k = close - 1;
        while (k > from && (Character.isWhitespace(text.charAt(k)) || QuoteMarks.isMark(text.charAt(k)))) {
            k--;
        }
        return text.charAt(Math.max(from, k));
    }

    /** Attribution after the quote, else before it; an English quote ending in a period has none after. */
    private static void attribute(List<Candidate> candidates, Attributor attributor, ArticleView view) {
        int floor = 0;
        Candidate previous = null;
        for (Candidate c : candidates) {
            if (c.cue == null || c.tailOfInterruption) {
                Cue after = afterAllowed(c, view) ? attributor.after(c.after) : null;
                if (after == null) {
                    after = attributor.signature(c.after);
                }
                Attributor.Before before = attributor.before(c.open, floor);
                boolean introducedBefore = before != null && strong(before.cue()) && !before.reported();
                if (after != null && introducedBefore && introducesNextQuote(after, view.text)) {
                    // Clinton responds with, “A?” Mills then writes back, “B.”: the words after A introduce B
                    after = null;
                }
                if (after != null && (strong(after) || before == null || !strong(before.cue()))) {
                    c.cue = after;
                    c.cueInside = false;
                } else if (previous != null && previous.cue != null && interruptedBy(previous, c, view)
                        && !(introducedBefore && before.cue().start() >= previous.after)) {
                    c.cue = previous.cue; // “A,” Thiel wrote in a statement, “B.”
                    c.cueInside = previous.cueInside;
                } else if (before != null) {
                    c.cue = before.cue();
                    c.reported = before.reported();
                    c.cueInside = false;
                }
            }
            if (!runsOnAfter(c, view)) {
                floor = c.after;
                previous = c;
            }
        }
    }

    /**
     * A word or three in marks that the sentence runs on after (the blockbuster "Star Wars" sequel; as “Hillary”
     * and): a name or a scare quote, which neither ends the words before the next quote nor speaks.
     */
    private static boolean runsOnAfter(Candidate c, ArticleView view) {
        String text = view.text;
        if (c.openEnded || c.after + 1 >= text.length()) {
            return false;
        }
        int k = c.after;
        if (text.charAt(k) == ',') {
            k++;
        }
        if (text.charAt(k) != ' ' || k + 1 >= text.length() || !Character.isLowerCase(text.charAt(k + 1))) {
            return false;
        }
        int words = 0;
        for (Token t : Token.tokenize(text, c.start, c.end, false)) {
            if (t.word()) {
                words++;
            } else if (".!?;:".indexOf(t.first(text)) >= 0) {
                return false;
            }
        }
        return words <= 3;
    }

    /** The attribution clause ends with a comma or colon right before another opening quotation mark. */
    private static boolean introducesNextQuote(Cue cue, String text) {
        int k = cue.clauseEnd();
        boolean punctuated = k > 0 && (text.charAt(k - 1) == ',' || text.charAt(k - 1) == ':');
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (!punctuated && k < text.length() && (text.charAt(k) == ',' || text.charAt(k) == ':')) {
            punctuated = true;
            k++;
        }
        if (!punctuated) {
            return false;
        }
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && QuoteMarks.isOpening(text.charAt(k));
    }

    /**
     * The English interruption: the previous quote's attribution clause runs on, in the same sentence, up to a
     * comma or colon right before this quote ("A," she said, "B" / "A," Thiel wrote in a statement, "B").
     */
    private static boolean interruptedBy(Candidate p, Candidate c, ArticleView view) {
        String text = view.text;
        if (p.reported || c.open < p.after || !sameParagraph(text, p.after, c.open)
                || sentenceEnds(text, p.after, c.open) > 0) {
            return false;
        }
        int k = c.open - 1;
        while (k > p.after && text.charAt(k) == ' ') {
            k--;
        }
        return k > p.after && (text.charAt(k) == ',' || text.charAt(k) == ':');
    }

    private static boolean strong(Cue cue) {
        return cue.kind() != Cue.Kind.NOBODY && cue.kind() != Cue.Kind.CONTINUES;
    }

    /**
     * English closes a sentence-ending quote with the period inside ("We won." Ruiz left.): the words after it
     * start a new sentence. A comma, question or exclamation mark inside, or no punctuation, lets them attribute.
     */
    private static boolean afterAllowed(Candidate c, ArticleView view) {
        if (c.openEnded) {
            return false;
        }
        if (view.cyrillic()) {
            return true;
        }
        if (c.lastInside == '.') {
            return shortAttributionSentence(view, c.after);
        }
        if ((c.lastInside == '?' || c.lastInside == '!') && capitalisedPronounNext(view, c.after)) {
            return false; // "…for the long run!" She replied to him…: a new sentence ("…!" she said is not)
        }
        if (",?!…—–-".indexOf(c.lastInside) >= 0) {
            return true;
        }
        // No punctuation inside: the quote is a phrase of the running sentence ("Super Tuesday" states) unless
        // a comma follows or the next word is the attribution itself ("…" said Ruiz, "…" she said).
        String text = view.text;
        int k = c.after;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k < text.length() && text.charAt(k) == ',') {
            return true;
        }
        // …or a name and its verb: "…" Grubbs said.
        List<Token> next = Token.tokenize(text, k, Math.min(text.length(), k + 60), true);
        for (int w = 0; w < next.size() && w < 4; w++) {
            Token t = next.get(w);
            if (!t.word()) {
                break;
            }
            if (view.speechVerb(t) != null) {
                return true;
            }
            if (!Character.isUpperCase(text.charAt(t.start())) && view.pronoun(t) == null) {
                break;
            }
        }
        return endsWithAttribution(view, k);
    }

    /**
     * After a quote closed with a period, a sentence of nothing but attribution still attributes it: "…missing."
     * Trump said. / "…" said Ruiz. At most six words, a name or pronoun first (or the verb), a speech verb and at
     * most three words after it, a period or the paragraph's end; "Trump said the deal is off." is a new sentence.
     */
    private static boolean shortAttributionSentence(ArticleView view, int from) {
        String text = view.text;
        List<Token> toks = Token.tokenize(text, from, Math.min(text.length(), from + 80), true);
        int words = 0;
        int wordsAfterVerb = 0;
        boolean verb = false;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (!t.word()) {
                if (t.is(text, '.') && !(k > 0 && toks.get(k - 1).end() - toks.get(k - 1).start() <= 3
                        && toks.get(k - 1).capitalised(text))) {
                    return verb;
                }
                if (t.is(text, ',') || !t.is(text, '.')) {
                    return false;
                }
                continue;
            }
            if (k == 0 && !t.capitalised(text) && view.pronoun(t) == null) {
                return false;
            }
            if (verb && ++wordsAfterVerb > 3) {
                return false;
            }
            verb |= view.speechVerb(t) != null;
            if (++words > 6) {
                return false;
            }
        }
        return verb && toks.size() < 12; // the paragraph ended
    }

    private static boolean capitalisedPronounNext(ArticleView view, int from) {
        List<Token> next = Token.tokenize(view.text, from, Math.min(view.text.length(), from + 20), true);
        return !next.isEmpty() && next.get(0).capitalised(view.text) && view.pronoun(next.get(0)) != null;
    }

    /**
     * The sentence running on after the quote ends with its attribution: "…worked so hard" for the victory,
     * Sanders said. / "…of the past" that is blatantly sexist, Brock said. After the sentence's last comma come a
     * name or pronoun, a speech verb within three words, and at most three more words before the sentence ends.
     */
    private static boolean endsWithAttribution(ArticleView view, int from) {
        String text = view.text;
        List<Token> toks = Token.tokenize(text, from, Math.min(text.length(), from + 200), true);
        int lastComma = -1;
        int end = -1;
        for (int k = 0; k < toks.size() && k < 30; k++) {
            Token t = toks.get(k);
            if (t.word()) {
                continue;
            }
            char c = t.first(text);
            if (c == ',') {
                lastComma = k;
            } else if (c == '.' || c == '!' || c == '?' || c == ';' || QuoteMarks.isMark(c)) {
                end = k;
                break;
            }
        }
        if (lastComma < 0 || end < 0 || (end < toks.size() && !toks.get(end).is(text, '.'))) {
            return false;
        }
        Token subject = lastComma + 1 < end ? toks.get(lastComma + 1) : null;
        if (subject == null || !(subject.capitalised(text) || view.pronoun(subject) != null)) {
            return false;
        }
        for (int k = lastComma + 2; k < end && k <= lastComma + 4; k++) {
            if (!toks.get(k).word() && !toks.get(k).is(text, '.')) {
                return false;
            }
            if (view.speechVerb(toks.get(k)) != null) {
                return end - k - 1 <= 3;
            }
        }
        return false;
    }

    /**
     * Resolves each cue; a quote with none continues the speech of the quote before it when only that quote's
     * attribution stands between them, in the same paragraph or at the start of the next.
     */
    private static void resolveAndInherit(List<Candidate> kept, SpeakerResolver resolver, ArticleView view,
            List<Span> sentences) {
        Candidate previous = null;
        for (Candidate c : kept) {
            if (c.cue != null && c.cue.kind() == Cue.Kind.CONTINUES) {
                if (previous != null && previous.cue != null && sameParagraph(view.text, previous.after, c.open)) {
                    c.speaker = previous.speaker;
                } else {
                    c.speaker = sentenceSubject(view, sentences, c.open);
                }
            } else if (c.cue != null) {
                c.speaker = resolver.resolve(c.cue, c.start);
            } else if (previous != null && previous.cue != null && continues(previous, c, view)) {
                c.cue = previous.cue;
                c.inherited = true;
                c.speaker = previous.speaker;
            }
            previous = c;
        }
        // A paragraph of a multi-paragraph quote takes the speaker named where the quote finally closes.
        for (int k = kept.size() - 2; k >= 0; k--) {
            Candidate c = kept.get(k);
            Candidate next = kept.get(k + 1);
            if (c.openEnded && (c.cue == null || c.inherited) && next.cue != null && opensNextParagraph(view.text, c, next)) {
                c.cue = next.cue;
                c.inherited = true;
                c.speaker = next.speaker;
            }
        }
    }

    /** The next quote opens the paragraph after this open-ended one: the same quote goes on. */
    private static boolean opensNextParagraph(String text, Candidate c, Candidate next) {
        int k = c.after;
        while (k < next.open && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k == next.open;
    }

    private static boolean sameParagraph(String text, int from, int to) {
        if (from > to) {
            return false;
        }
        int lineBreak = text.indexOf('\n', from);
        return lineBreak < 0 || lineBreak >= to;
    }

    /** The first person named in the sentence before {@code at}, not inside a prepositional phrase. */
    private static Person sentenceSubject(ArticleView view, List<Span> sentences, int at) {
        int start = at;
        for (Span s : sentences) {
            if (s.start() <= at) {
                start = s.start();
            } else {
                break;
            }
        }
        List<Token> toks = Token.tokenize(view.text, start, at, true);
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            int m = t.word() ? view.mentionOverlapping(t.start(), t.end()) : -1;
            if (m >= 0) {
                if (k > 0 && view.preposition(toks.get(k - 1))) {
                    continue;
                }
                return view.people.person(view.mention(m));
            }
            Gender g = view.pronoun(t);
            if (g != null) {
                return null;
            }
        }
        return null;
    }

    private static boolean continues(Candidate p, Candidate c, ArticleView view) {
        String text = view.text;
        int gapStart = p.after;
        int gapEnd = c.open;
        if (gapEnd < gapStart) {
            return false;
        }
        int breaks = 0;
        for (int i = gapStart; i < gapEnd; i++) {
            if (text.charAt(i) == '\n' && (i == gapStart || text.charAt(i - 1) != '\n')) {
                breaks++;
            }
        }
        if (breaks > 1) {
            return false;
        }
        if (breaks == 0 && sentenceEnds(text, gapStart, gapEnd) == 0) {
            return true; // "A," she said, looking at the crowd. "B": one sentence of attribution between
        }
        // Nobody else may be named between them; before a new paragraph the previous quote's own attribution
        // clause, which must end that paragraph, may name others ("…," Mr Farage told BBC Radio Four's Any
        // Questions.⏎"…").
        int clauseEnd = Math.max(p.after, p.cue.clauseEnd());
        for (var m : view.mentionsIn(gapStart, gapEnd)) {
            boolean own = p.cue.kind() == Cue.Kind.MENTION && m.start() == p.cue.start();
            if (!own && (breaks == 0 || m.end() > clauseEnd)) {
                return false;
            }
        }
        if (breaks == 0) {
            return true;
        }
        // Next paragraph: the quote opens it, and the previous paragraph ended with the previous quote's clause.
        int lineStart = text.lastIndexOf('\n', gapEnd - 1) + 1;
        if (!text.substring(lineStart, gapEnd).isBlank()) {
            return false;
        }
        int paragraphEnd = text.indexOf('\n', clauseEnd);
        return paragraphEnd >= 0 && text.substring(clauseEnd, paragraphEnd).strip().length() <= 2;
    }

    /** Sentence ends in [from, to) other than the one right before {@code to}. */
    private static int sentenceEnds(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                int next = i + 2;
                if (next < to && Character.isUpperCase(text.charAt(next)) && !abbreviation(text, i)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** "S.C.", "Sen.", "J.": a period after a short capitalised word or a dotted initial. */
    private static boolean abbreviation(String text, int dot) {
        int k = dot - 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        int len = dot - k - 1;
        return len <= 1 || (len <= 4 && Character.isUpperCase(text.charAt(k + 1))) || (k >= 0 && text.charAt(k) == '.');
    }
}
