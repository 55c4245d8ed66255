package dev.newsdigest.bot.ingest.feed;

import java.util.List;

/** A parsed feed: its title and its entries in feed order. */
public record ParsedFeed(String title, FeedType type, List<FeedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
