package dev.newsdigest.bot.storage;

/** A database operation failed (unreachable, constraint, SQL error); the message says which operation. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
