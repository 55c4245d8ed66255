package dev.newsdigest.bot.chat.command;

/** Thrown by a handler for bad arguments; the router answers with that command's one-line usage hint. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException() {
        super(null, null, false, false);
    }
}
