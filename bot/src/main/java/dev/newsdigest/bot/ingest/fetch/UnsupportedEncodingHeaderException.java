package dev.newsdigest.bot.ingest.fetch;

import java.io.IOException;

/** The server used a Content-Encoding we did not ask for and cannot decode. */
final class UnsupportedEncodingHeaderException extends IOException {
    UnsupportedEncodingHeaderException(String encoding) {
        super("unsupported Content-Encoding: " + encoding);
    }
}
