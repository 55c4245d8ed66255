package dev.newsdigest.bot.config;

import java.net.URI;
import java.util.Optional;

/**
 * An extra, early check of a source URL at the time it is configured (a fast, friendly refusal of e.g.
 * {@code http://127.0.0.1/}); the fetcher's own guard at connect time remains the authority (RELIABILITY S1-S8).
 */
@FunctionalInterface
public interface SourceUrlCheck {
    /** @return why the URL is refused, or empty when it may be used */
    Optional<String> refuse(URI url);

    SourceUrlCheck NONE = url -> Optional.empty();
}
