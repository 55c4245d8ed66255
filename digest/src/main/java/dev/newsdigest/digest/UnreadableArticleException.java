package dev.newsdigest.digest;

/** The input is not an article the engine can read (empty, binary, no text at all); the message says why. */
public class UnreadableArticleException extends RuntimeException {
    public UnreadableArticleException(String message) {
        super(message);
    }
}
