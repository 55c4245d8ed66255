package dev.newsdigest.bot.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;

/** The classified outcome of one fetch: never an exception for an expected failure. */
public sealed interface FetchResult {

    /**
     * A 200 with a body.
     *
     * @param body         decompressed bytes, within the byte budget
     * @param contentType  the Content-Type header, or null
     * @param charset      charset from the header or the source's override, or null when neither says
     * @param finalUri     where we ended up after redirects
     */
    record Fresh(byte[] body, String contentType, Charset charset, String etag, String lastModified, URI finalUri)
            implements FetchResult {}

    /** 304: nothing new since the validators we sent. */
    record NotModified() implements FetchResult {}

    /**
     * Anything else.
     *
     * @param retryAfter earliest time to try again when the server said so (429/503 Retry-After), or null
     */
    record Failed(FailureReason reason, String message, Instant retryAfter) implements FetchResult {
        public Failed(FailureReason reason, String message) {
            this(reason, message, null);
        }
    }
}
