package dev.newsdigest.digest.quotes;

import java.util.List;
import java.util.Set;

/**
 * Decides whether quoted words are a quote, a partial quote, or not a quote at all:
 * <ul>
 *   <li>names in quotation marks are not quotes: after a title noun (газета «Вечерняя Лидия», the novel "The
 *       Last Orchard", операция «Буря»), or short, capitalised, without sentence punctuation and not attributed
 *       ("Комментарии" писали; "Saturday Night Live" star);</li>
 *   <li>scare quotes of a word or two are not quotes (the so-called "reform") unless someone is said to have
 *       said them («Нет», — ответил он);</li>
 *   <li>words quoted inside a running sentence are a partial quote (Он ответил, что компания «выполнит все
 *       требования»; called it "a total disaster").</li>
 * </ul>
 */
final class QuoteClassifier {
    enum Verdict { FULL, PARTIAL, REJECT }

    /** Small words that stay lower case inside a title ("The Lord of the Rings", «Война и мир»). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "the", "and", "a", "an", "in", "on", "for",
            "to", "at", "by", "or", "и", "в", "на", "с", "за", "по", "о", "і", "й", "та", "з", "у", "до", "від");
    /** Up to this many words, capitalised words without sentence punctuation are taken for a name. */
    private static final int MAX_TITLE_WORDS = 6;
    private static final int MAX_NAMED_THING_WORDS = 8;

    private final ArticleView view;

    QuoteClassifier(ArticleView view) {
        this.view = view;
    }

    Verdict classify(Candidate c) {
        String text = view.text;
        List<Token> toks = Token.tokenize(text, c.start, c.end, false);
        int words = 0;
        int capitalised = 0;
        int letters = 0;
        for (Token t : toks) {
            if (!t.word()) {
                continue;
            }
            words++;
            if (Character.isLetter(text.charAt(t.start()))) {
                letters++;
            }
            if (Character.isUpperCase(text.charAt(t.start())) || Character.isDigit(text.charAt(t.start()))
                    || TITLE_SMALL_WORDS.contains(view.lower(t))) {
                capitalised++;
            }
        }
        if (letters == 0) {
            return Verdict.REJECT;
        }
        boolean terminal = isSentencePunctuation(text.charAt(c.end - 1)) || isSentencePunctuation(c.lastInside);
        // A sentence inside: punctuation before the last character, or a final ? or !. English puts the period
        // and comma of the surrounding sentence inside the marks (on "Meet the Press."), so those do not count.
        boolean sentence = hasInnerSentencePunctuation(text, c.start, c.end - 1) || isExclamation(c.lastInside)
                || isExclamation(text.charAt(c.end - 1));
        boolean attributed = c.attributedOutright();
        boolean embeddedBefore = letterBefore(c.open);
        boolean embeddedAfter = !c.openEnded && letterAfter(c.after);
        boolean lowerStart = Character.isLowerCase(text.charAt(c.start));

        if (!terminal && !lowerStart && words <= MAX_NAMED_THING_WORDS && titleNounBefore(c.open)) {
            return Verdict.REJECT;
        }
        boolean titleCase = capitalised == words && Character.isUpperCase(text.charAt(c.start));
        if (titleCase && !sentence && !attributed && words <= MAX_TITLE_WORDS) {
            return Verdict.REJECT;
        }
        // A short quote standing as a sentence of its own ("It's taxing," O'Donnell said. "Big time.") is speech;
        // scare quotes sit inside running text.
        boolean standalone = !lowerStart && terminal && c.lastInside != ',' && !embeddedBefore
                && (!embeddedAfter || capitalAfter(c.after)) && opensSentence(c.open);
        if (words <= 2 && !sentence && !attributed && !standalone) {
            return Verdict.REJECT;
        }
        if (words <= 3 && lowerStart && embeddedBefore && embeddedAfter && !attributed) {
            return Verdict.REJECT;
        }
        if (c.reported || (embeddedBefore && (lowerStart || !terminal)) || (lowerStart && embeddedAfter)) {
            return Verdict.PARTIAL;
        }
        return Verdict.FULL;
    }

    private static boolean isExclamation(char c) {
        return c == '!' || c == '?' || c == '…';
    }

    private static boolean hasInnerSentencePunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':') && i + 1 < to
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentencePunctuation(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ',';
    }

    /** The opening mark starts a paragraph or follows a sentence end (or the closing mark of one). */
    private boolean opensSentence(int open) {
        String text = view.text;
        int k = open - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k >= 0 && QuoteMarks.isMark(text.charAt(k))) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == '.' || text.charAt(k) == '!'
                || text.charAt(k) == '?';
    }

    /** The next word starts a new sentence. */
    private boolean capitalAfter(int after) {
        String text = view.text;
        int k = after;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && Character.isUpperCase(text.charAt(k));
    }

    private boolean letterBefore(int open) {
        String text = view.text;
        int k = open - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && Character.isLetterOrDigit(text.charAt(k));
    }

    private boolean letterAfter(int after) {
        String text = view.text;
        int k = after;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && Character.isLetterOrDigit(text.charAt(k));
    }

    /** One of the two words right before the opening mark names a kind of titled thing (газета, the novel). */
    private boolean titleNounBefore(int open) {
        List<Token> before = Token.tokenizeBack(view.text, Math.max(0, open - 60), open);
        int seen = 0;
        for (int k = before.size() - 1; k >= 0 && seen < 2; k--) {
            Token t = before.get(k);
            if (!t.word()) {
                if (t.is(view.text, ',') && seen == 0) {
                    continue; // the reality show, "The Apprentice,"
                }
                return false;
            }
            seen++;
            if (view.titleNoun(t)) {
                return true;
            }
        }
        return false;
    }
}
