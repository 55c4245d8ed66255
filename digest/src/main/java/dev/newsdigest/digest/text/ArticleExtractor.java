package dev.newsdigest.digest.text;

import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.UnreadableArticleException;

/** Raw bytes in, clean {@link ArticleText} out: decodes, tells HTML from plain text, and extracts accordingly. */
public final class ArticleExtractor {
    /**
     * Larger inputs are cut to their first 8 MiB: no article's text is this long (what makes pages big is scripts,
     * styles and inline images), and the cap keeps the parse within a small heap. The digest is best effort.
     */
    public static final int MAX_INPUT_BYTES = 8 * 1024 * 1024;

    private final HtmlExtractor html = new HtmlExtractor();
    private final PlainTextExtractor plain = new PlainTextExtractor();

    public ArticleText extract(ArticleInput input) {
        byte[] bytes = input.bytes();
        if (bytes.length == 0) {
            throw new UnreadableArticleException("empty input");
        }
        String binary = ContentKind.binaryFormat(bytes);
        if (binary != null) {
            throw new UnreadableArticleException("binary content (" + binary + "), not text or HTML");
        }
        if (bytes.length > MAX_INPUT_BYTES) {
            bytes = java.util.Arrays.copyOf(bytes, MAX_INPUT_BYTES);
        }
        String text = TextDecoder.decode(bytes, input.charsetHint()).text();
        ContentKind kind = ContentKind.of(text);
        ArticleText article = kind == ContentKind.HTML
                ? html.extract(text, input.titleHint())
                : plain.extract(text, input.titleHint());
        if (article.isEmpty()) {
            throw new UnreadableArticleException("no article text found (" + (kind == ContentKind.HTML ? "HTML page" : "text")
                    + " without readable paragraphs)");
        }
        return article;
    }
}
