package dev.newsdigest.digest.headline;

import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import dev.newsdigest.digest.text.Span;
import java.util.List;

/** The headline is the cleaned title; an article without one gets its lead sentence, cut to fit. */
public final class HeadlineBuilder {
    public static final int MAX_LENGTH = 120;

    private final SentenceSplitter splitter;

    public HeadlineBuilder(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public String headline(ArticleText article) {
        if (article.title() != null) {
            return dropFinalPeriod(article.title());
        }
        for (String paragraph : article.paragraphs()) {
            List<Span> sentences = splitter.split(paragraph);
            if (!sentences.isEmpty()) {
                return cut(sentences.get(0).of(paragraph), MAX_LENGTH);
            }
        }
        return "";
    }

    /** Headlines carry no final period ("Talks resume." reads as "Talks resume"); "..." and "U.S." stay. */
    static String dropFinalPeriod(String s) {
        String t = s.strip();
        if (t.endsWith(".") && !t.endsWith("..") && !(t.length() >= 3 && t.charAt(t.length() - 3) == '.')) {
            return t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Cuts on a word boundary and marks the cut with an ellipsis; a trailing period is dropped. */
    static String cut(String sentence, int max) {
        String s = sentence.strip();
        if (s.length() <= max) {
            return dropFinalPeriod(s);
        }
        int at = s.lastIndexOf(' ', max - 1);
        if (at < max / 2) {
            at = max - 1;
        }
        String head = s.substring(0, at).replaceAll("[\\s,;:—–-]+$", "");
        return head + "…";
    }
}
