/**
 * Turning fetched bytes into feed items: {@link dev.newsdigest.bot.ingest.feed.FeedParser} is the port,
 * {@link dev.newsdigest.bot.ingest.feed.StandardFeedParser} the implementation (Rome for RSS and Atom, Jackson for
 * JSON Feed, jsoup for section pages).
 *
 * <pre>{@code
 * ParsedFeed feed = parser.parse(fresh.body(), fresh.contentType(), fresh.finalUri(), source.type(), source.charset());
 * // items: at most 500 (the newest), links absolute http(s) or null, guid null when the feed has none
 * }</pre>
 *
 * Stages, each its own class: charset ({@code FeedCharsets}), format ({@link dev.newsdigest.bot.ingest.feed.FeedSniffer}),
 * reader (Rome, JSON Feed, section page), links ({@code LinkResolver}), limits ({@code ItemLimits}). Failures are
 * {@link dev.newsdigest.bot.ingest.feed.FeedParseException} with a one-line reason. RELIABILITY.md section P lists
 * the cases the tests cover.
 */
package dev.newsdigest.bot.ingest.feed;
