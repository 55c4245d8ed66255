package dev.newsdigest.digest.text;

import dev.newsdigest.digest.lang.Language;
import java.util.List;

/**
 * The cleaned article with what every later stage needs: its language and its sentences (spans in
 * {@link ArticleText#fullText()}).
 */
public record AnalyzedText(ArticleText article, Language language, List<Span> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.fullText();
    }
}
