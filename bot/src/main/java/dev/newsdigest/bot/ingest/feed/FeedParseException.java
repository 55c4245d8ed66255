package dev.newsdigest.bot.ingest.feed;

/** The body is not a feed we can read; the message says why in one line. */
public class FeedParseException extends Exception {
    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
