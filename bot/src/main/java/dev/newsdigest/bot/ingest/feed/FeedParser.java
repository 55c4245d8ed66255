package dev.newsdigest.bot.ingest.feed;

import java.net.URI;
import java.nio.charset.Charset;

/** Parses RSS, Atom, JSON Feed or a section page into items with absolute, safe links. */
public interface FeedParser {

    /**
     * @param body        raw bytes as fetched
     * @param contentType the response Content-Type, or null
     * @param baseUri     the URL the body came from, for resolving relative links
     * @param expected    the configured type, or null to detect it
     */
    default ParsedFeed parse(byte[] body, String contentType, URI baseUri, FeedType expected) throws FeedParseException {
        return parse(body, contentType, baseUri, expected, null);
    }

    /**
     * As {@link #parse(byte[], String, URI, FeedType)} with the source's {@code charset} override, which beats every
     * declaration in the response or the document (pass the configured value, not {@code FetchResult.Fresh.charset()}).
     *
     * @param charsetOverride the per-source charset, or null
     */
    ParsedFeed parse(byte[] body, String contentType, URI baseUri, FeedType expected, Charset charsetOverride)
            throws FeedParseException;
}
