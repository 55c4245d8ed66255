package dev.newsdigest.digest.headline;

import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import dev.newsdigest.digest.text.Span;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The summary is the one or two lead sentences that carry the news: the first body paragraph that is neither
 * background ("Напомним, что …", "Recall that …") nor too short to say anything, with its dateline removed; one
 * sentence, or two while the first is short. An article whose paragraphs are all short gets its first one.
 */
public final class SummaryBuilder {
    static final int MAX_LENGTH = 400;
    private static final int SHORT_SENTENCE = 160;
    private static final int MIN_PARAGRAPH = 40;

    private static final Pattern BACKGROUND = Pattern.compile(
            "(?iuU)^(?:напомним|напомню|напомнім|ранее|как сообщалось|как мы писали|как писал|нагадаємо|нагадаем|раніше|"
                    + "як повідомлялося|як ми писали|recall that|as previously reported|as reported earlier|earlier|"
                    + "previously|background|читайте|read more)\\b.*");

    private final SentenceSplitter splitter;

    public SummaryBuilder(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public String summary(ArticleText article) {
        for (String paragraph : article.paragraphs()) {
            String p = Dateline.strip(paragraph);
            if (p.length() < MIN_PARAGRAPH || BACKGROUND.matcher(p).matches()) {
                continue;
            }
            List<Span> sentences = splitter.split(p);
            if (sentences.isEmpty() || sentences.get(0).length() < 25 && sentences.size() == 1) {
                continue;
            }
            return lead(p, sentences);
        }
        for (String paragraph : article.paragraphs()) {
            String p = Dateline.strip(paragraph);
            List<Span> sentences = splitter.split(p);
            if (!sentences.isEmpty()) {
                return lead(p, sentences);
            }
        }
        return "";
    }

    private static String lead(String p, List<Span> sentences) {
        String first = sentences.get(0).of(p);
        String out = first;
        if (first.length() < SHORT_SENTENCE && sentences.size() > 1) {
            String second = sentences.get(1).of(p);
            if (first.length() + 1 + second.length() <= MAX_LENGTH) {
                out = first + " " + second;
            }
        }
        return out.length() <= MAX_LENGTH ? out : HeadlineBuilder.cut(out, MAX_LENGTH);
    }
}
