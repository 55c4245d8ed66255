package dev.newsdigest.bot.storage;

import dev.newsdigest.digest.Digest;
import java.time.Instant;
import java.util.List;

/**
 * A story's digest as stored, with where it came from.
 *
 * @param url       the URL of the story's first article
 * @param published the feed's publication time, else when it was fetched
 * @param sources   every source that carried the story (near duplicates included), first seen first
 */
public record StoredDigest(long articleId, long storyId, String url, Instant published, Instant fetched,
                           Digest digest, List<SourceRef> sources) {

    /** A source that carried the story, and the URL it gave for it. */
    public record SourceRef(String id, String name, String url) {}
}
