package dev.newsdigest.bot.ingest.feed;

import java.net.URI;

/** Parses RSS, Atom, JSON Feed or a section page into items with absolute, safe links. */
public interface FeedParser {

    /**
     * @param body        raw bytes as fetched
     * @param contentType the response Content-Type, or null
     * @param baseUri     the URL the body came from, for resolving relative links
     * @param expected    the configured type, or null to detect it
     */
    ParsedFeed parse(byte[] body, String contentType, URI baseUri, FeedType expected) throws FeedParseException;
}
