package dev.newsdigest.bot.ingest;

/** What happened to one feed item. */
public enum ItemOutcome {
    /** New story: article, digest, people and quotes stored. */
    STORED,
    /** Known by GUID, URL or content: only the source link was added. */
    DUPLICATE,
    /** Joined an existing story as a near duplicate. */
    NEAR_DUPLICATE,
    /** The engine found no readable text; nothing stored (permanent for this content). */
    UNREADABLE,
    /** The article page could not be fetched; nothing stored, tried again at the next poll. */
    FETCH_FAILED
}
