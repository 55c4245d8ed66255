package dev.newsdigest.bot.ingest.feed;

/** Kinds of source; {@code page} is an HTML section page whose article links we follow. */
public enum FeedType {
    RSS, ATOM, JSONFEED, PAGE
}
