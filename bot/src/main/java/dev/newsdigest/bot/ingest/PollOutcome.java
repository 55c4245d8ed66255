package dev.newsdigest.bot.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * What one poll of one source did, for logs, the CLI and tests.
 *
 * @param reason  for FAILED: the {@code FailureReason} name (or STORAGE/INTERNAL); for SKIPPED: why
 * @param message one line an admin can act on (never a response body)
 */
public record PollOutcome(String sourceId, Status status, String reason, String message, Counts counts,
                          Duration took, Instant nextFetchAt) {

    public enum Status {
        /** Fetched and parsed; counts say what happened to the items. */
        FRESH,
        /** 304: nothing changed since the last poll. */
        NOT_MODIFIED,
        /** The fetch or the parse failed; reason and message say why. */
        FAILED,
        /**
         * Not fetched: the source is backing off after failures or the server asked to wait (reason BACKOFF), or
         * its host kept its limit of requests in flight the whole time we waited (reason HOST_BUSY, RELIABILITY
         * L1): no failure is counted and the next poll simply tries again.
         */
        SKIPPED
    }

    /** Items of one poll by fate. */
    public record Counts(int items, int filtered, int stored, int duplicates, int nearDuplicates, int unreadable,
                         int failed) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);
    }

    public String describe() {
        return switch (status) {
            case FRESH -> String.format("%s: ok, %d items: %d new, %d known, %d near-duplicate, %d filtered, %d unreadable, %d failed (%d ms)",
                    sourceId, counts.items(), counts.stored(), counts.duplicates(), counts.nearDuplicates(),
                    counts.filtered(), counts.unreadable(), counts.failed(), took.toMillis());
            case NOT_MODIFIED -> sourceId + ": not modified (" + took.toMillis() + " ms)";
            case FAILED -> sourceId + ": FAILED " + reason + ": " + message
                    + (nextFetchAt != null ? " (next attempt after " + nextFetchAt + ")" : "");
            case SKIPPED -> sourceId + ": skipped: " + message;
        };
    }
}
