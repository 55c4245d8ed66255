package dev.newsdigest.digest.text;

import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.UnreadableArticleException;

/** Raw bytes in, clean {@link ArticleText} out: decodes, tells HTML from plain text, and extracts accordingly. */
public final class ArticleExtractor {
    /** Larger inputs are cut: no article is this long, and it keeps memory and time bounded. */
    public static final int MAX_INPUT_BYTES = 8 * 1024 * 1024;

    private final HtmlExtractor html = new HtmlExtractor();
    private final PlainTextExtractor plain = new PlainTextExtractor();

    public ArticleText extract(ArticleInput input) {
        byte[] bytes = input.bytes();
        if (bytes.length == 0) {
            throw new UnreadableArticleException("empty input");
        }
        if (ContentKind.looksBinary(bytes)) {
            throw new UnreadableArticleException("binary content, not text or HTML");
        }
        if (bytes.length > MAX_INPUT_BYTES) {
            bytes = java.util.Arrays.copyOf(bytes, MAX_INPUT_BYTES);
        }
        String text = TextDecoder.decode(bytes, input.charsetHint()).text();
        ArticleText article = ContentKind.of(text) == ContentKind.HTML
                ? html.extract(text, input.titleHint())
                : plain.extract(text, input.titleHint());
        if (article.isEmpty()) {
            throw new UnreadableArticleException("no text found");
        }
        return article;
    }
}
