package dev.newsdigest.bot.storage;

import dev.newsdigest.digest.Digest;
import java.time.Instant;
import java.util.Objects;

/**
 * An article ready to store, with its dedup keys computed by ingest.
 *
 * @param url          the normalised article URL, or null
 * @param urlHash      SHA-256 of the normalised URL, or null
 * @param guidHash     SHA-256 of the GUID key (scoped to the source unless the GUID is a URI), or null
 * @param contentHash  SHA-256 of the normalised title and text
 * @param minhash      MinHash signature of the text, or null when the text is too short to compare
 * @param bands        LSH band keys of the signature (null with it)
 * @param published    publication time from the feed, or null
 */
public record NewArticle(String sourceId, String url, String urlHash, String guid, String guidHash,
                         String contentHash, int[] minhash, long[] bands, String title, Instant published, Instant fetched,
                         Digest digest) {
    public NewArticle {
        Objects.requireNonNull(sourceId);
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(fetched);
        Objects.requireNonNull(digest);
    }

    /** When the article counts as published: the feed's date, else when we fetched it. */
    public Instant publishedOrFetched() {
        return published != null ? published : fetched;
    }
}
