package dev.newsdigest.bot.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed, or one article link found on a section page.
 *
 * @param guid      the feed's id for the entry, or null when it has none
 * @param url       absolute http(s) link to the article, or null
 * @param title     plain-text title, or null
 * @param content   the richest body the feed carries (HTML or text), or null
 * @param published publication time, or null when the feed gives none
 */
public record FeedItem(String guid, String url, String title, String content, Instant published) {}
