package dev.newsdigest.digest.headline;

import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import dev.newsdigest.digest.text.Span;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The summary is the one or two lead sentences that carry the news: the first body paragraph that is neither a
 * dateline nor background ("Напомним, что …", "Recall that …"), one sentence, or two while they stay short.
 */
public final class SummaryBuilder {
    static final int MAX_LENGTH = 400;
    private static final int SHORT_SENTENCE = 160;

    private static final Pattern BACKGROUND = Pattern.compile(
            "(?iu)^(?:напомним|напомню|ранее|как сообщалось|как мы писали|нагадаємо|нагадаем|раніше|як повідомлялося|"
                    + "recall that|as previously reported|earlier|previously|background|читайте|read more)\\b.*");
    /** "МОСКВА, 12 ноя — РИА Новости." or "KYIV (Reuters) -" opens many wires: a dateline, not the news. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[\\p{Lu}\\s.\\-]{3,40}|[\\p{Lu}][\\p{L}\\s.\\-]{2,40}),?\\s+(?:\\d{1,2}\\s+\\p{L}{3,9}\\.?|\\([^)]{2,30}\\))\\s*[—–-]\\s*");

    private final SentenceSplitter splitter;

    public SummaryBuilder(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public String summary(ArticleText article) {
        for (String paragraph : article.paragraphs()) {
            String p = DATELINE.matcher(paragraph).replaceFirst("");
            if (p.length() < 40 || BACKGROUND.matcher(p).matches()) {
                continue;
            }
            List<Span> sentences = splitter.split(p);
            if (sentences.isEmpty()) {
                continue;
            }
            String first = sentences.get(0).of(p);
            if (first.length() < 25 && sentences.size() == 1) {
                continue;
            }
            String out = first;
            if (first.length() < SHORT_SENTENCE && sentences.size() > 1) {
                String second = sentences.get(1).of(p);
                if (first.length() + second.length() < MAX_LENGTH) {
                    out = first + " " + second;
                }
            }
            return out.length() <= MAX_LENGTH ? out : HeadlineBuilder.cut(out, MAX_LENGTH);
        }
        return "";
    }
}
