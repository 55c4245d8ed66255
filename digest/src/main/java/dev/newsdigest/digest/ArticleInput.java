package dev.newsdigest.digest;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One article handed to the engine: raw bytes (plain text or HTML, detected by content) plus optional hints
 * from whoever fetched it. Hints never override what the content itself says when the content is explicit
 * (a BOM or a {@code <meta charset>} beats {@code charsetHint}).
 *
 * @param source       where it came from (a path or URL); echoed in the digest, never fetched
 * @param bytes        the raw content
 * @param charsetHint  charset from the transport (HTTP {@code Content-Type}) or a per-source override; may be null
 * @param titleHint    title known from elsewhere (a feed item's title); may be null
 * @param languageHint language code from the source configuration ("ru", "uk", "en"); may be null
 */
public record ArticleInput(String source, byte[] bytes, String charsetHint, String titleHint, String languageHint) {

    public ArticleInput {
        Objects.requireNonNull(bytes, "bytes");
        source = source == null ? "" : source;
    }

    public static ArticleInput ofText(String source, String text) {
        return new ArticleInput(source, text.getBytes(StandardCharsets.UTF_8), "UTF-8", null, null);
    }

    public static ArticleInput ofBytes(String source, byte[] bytes) {
        return new ArticleInput(source, bytes, null, null, null);
    }

    public ArticleInput withTitleHint(String title) {
        return new ArticleInput(source, bytes, charsetHint, title, languageHint);
    }

    public ArticleInput withLanguageHint(String language) {
        return new ArticleInput(source, bytes, charsetHint, titleHint, language);
    }

    public ArticleInput withCharsetHint(String charset) {
        return new ArticleInput(source, bytes, charset, titleHint, languageHint);
    }
}
