package dev.newsdigest.bot.ingest.fetch;

import java.io.IOException;

/** The decoded body passed the byte budget; reading stopped there (RELIABILITY F5, F6). */
final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
        super("response larger than " + limit + " bytes");
    }
}
