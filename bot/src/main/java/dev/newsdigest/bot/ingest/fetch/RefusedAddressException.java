package dev.newsdigest.bot.ingest.fetch;

import java.io.IOException;

/**
 * The SSRF guard refused to dial an address. An {@link IOException} so OkHttp treats it as a failed route (closing
 * the socket and trying the host's next address) and then surfaces it from {@code execute()}.
 */
final class RefusedAddressException extends IOException {
    RefusedAddressException(String message) {
        super(message);
    }
}
