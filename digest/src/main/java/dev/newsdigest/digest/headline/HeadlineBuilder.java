package dev.newsdigest.digest.headline;

import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import dev.newsdigest.digest.text.Span;
import java.util.List;

/**
 * The headline is the cleaned title; an article without one gets its lead sentence (after any dateline), cut on a
 * word boundary to at most {@link #MAX_LENGTH} characters.
 *
 * <p>Final period: a one-sentence headline loses it, as headlines are set in Russian, Ukrainian and English news
 * ("Talks resume in Geneva." reads "Talks resume in Geneva"; "… ‘Our Nature.’" reads "… ‘Our Nature’"). A headline
 * of several sentences keeps the punctuation it was written with ("A Big Blow. Here’s His Plan Going Forward."):
 * dropping only the last period would leave it half-punctuated, and such lines are often a title fused with its
 * lead, where the period belongs to the lead.
 */
public final class HeadlineBuilder {
    public static final int MAX_LENGTH = 120;

    private final SentenceSplitter splitter;

    public HeadlineBuilder(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public String headline(ArticleText article) {
        if (article.title() != null) {
            String title = article.title();
            return splitter.split(title).size() > 1 ? title : dropFinalPeriod(title);
        }
        for (String paragraph : article.paragraphs()) {
            String lead = Dateline.strip(paragraph);
            List<Span> sentences = splitter.split(lead);
            if (!sentences.isEmpty()) {
                return cut(sentences.get(0).of(lead), MAX_LENGTH);
            }
        }
        return "";
    }

    /**
     * Drops one final period, also when closing quotes or brackets follow it; keeps "...", "…" and a final
     * abbreviation such as "U.S." or "S.C.".
     */
    static String dropFinalPeriod(String s) {
        String t = s.strip();
        int end = t.length();
        while (end > 0 && isClosing(t.charAt(end - 1))) {
            end--;
        }
        int dot = end - 1;
        if (dot <= 0 || t.charAt(dot) != '.' || t.charAt(dot - 1) == '.' || (dot >= 2 && t.charAt(dot - 2) == '.')) {
            return t;
        }
        return (t.substring(0, dot).stripTrailing() + t.substring(end)).strip();
    }

    private static boolean isClosing(char c) {
        return c == '’' || c == '”' || c == '»' || c == '"' || c == '\'' || c == ')' || c == ']';
    }

    /** Cuts on a word boundary and marks the cut with an ellipsis; the result has at most {@code max} characters. */
    static String cut(String sentence, int max) {
        String s = sentence.strip();
        if (s.length() <= max) {
            return dropFinalPeriod(s);
        }
        int at = s.lastIndexOf(' ', max - 1);
        if (at < max / 2) {
            at = max - 1; // one long token: cut inside it, but never between the halves of a surrogate pair
            if (Character.isLowSurrogate(s.charAt(at))) {
                at--;
            }
        }
        String head = s.substring(0, at).replaceAll("[\\s,;:—–-]+$", "");
        return head + "…";
    }
}
