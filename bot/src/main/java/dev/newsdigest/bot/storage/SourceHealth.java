package dev.newsdigest.bot.storage;

import java.time.Instant;

/**
 * What the poller knows about a source: validators for the next conditional GET, the last outcome, and when the
 * next fetch is allowed (exponential backoff, or the server's Retry-After).
 *
 * @param lastErrorReason a {@code FailureReason} name, or null after a success
 */
public record SourceHealth(String sourceId, String etag, String lastModified, String detectedType,
                           Instant lastAttemptAt, Instant lastSuccessAt, Instant lastErrorAt, String lastErrorReason,
                           String lastErrorMessage, int failuresInRow, Instant nextFetchAt, long polls,
                           long notModified, long articlesStored) {

    public static SourceHealth none(String sourceId) {
        return new SourceHealth(sourceId, null, null, null, null, null, null, null, null, 0, null, 0, 0, 0);
    }

    /** True when the last attempts failed at least {@code threshold} times in a row. */
    public boolean failing(int threshold) {
        return failuresInRow >= threshold;
    }

    /** One word for lists: ok, new, failing, erroring. */
    public String status(int threshold) {
        if (failuresInRow == 0) {
            return lastSuccessAt == null ? "new" : "ok";
        }
        return failing(threshold) ? "failing" : "erroring";
    }
}
