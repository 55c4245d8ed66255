package dev.newsdigest.bot.ingest.fetch;

/**
 * A URL the bot will not fetch. The message is short and safe to show an admin ("refused: private network"); it
 * never carries anything fetched from the URL (RELIABILITY S8).
 */
public final class RefusedUrlException extends Exception {
    private final FailureReason reason;

    public RefusedUrlException(FailureReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** {@link FailureReason#REFUSED} for policy refusals, {@link FailureReason#DNS} when the host does not resolve. */
    public FailureReason reason() {
        return reason;
    }
}
