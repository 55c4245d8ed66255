package dev.newsdigest.bot.ingest.feed;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Parses RSS, Atom, JSON Feed or a section page into items with absolute, safe links. */
public interface FeedParser {

    /**
     * @param body        raw bytes as fetched
     * @param contentType the response Content-Type, or null
     * @param baseUri     the URL the body came from, for resolving relative links
     * @param expected    the configured type, or null to detect it
     */
    ParsedFeed parse(byte[] body, String contentType, URI baseUri, FeedType expected) throws FeedParseException;

    /**
     * As {@link #parse(byte[], String, URI, FeedType)} with the source's {@code charset} override, which beats every
     * declaration in the response or the document. Pass the configured value, not {@code FetchResult.Fresh.charset()}
     * (that one is only the header's unless an override was given).
     *
     * <p>This default reads the bytes in the override and hands the text on as UTF-8; {@link StandardFeedParser}
     * decodes directly.
     *
     * @param charsetOverride the per-source charset, or null for none
     */
    default ParsedFeed parse(byte[] body, String contentType, URI baseUri, FeedType expected, Charset charsetOverride)
            throws FeedParseException {
        if (charsetOverride == null) {
            return parse(body, contentType, baseUri, expected);
        }
        byte[] utf8 = new String(body, charsetOverride).getBytes(StandardCharsets.UTF_8);
        return parse(utf8, "application/octet-stream; charset=utf-8", baseUri, expected);
    }
}
