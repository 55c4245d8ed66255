package dev.newsdigest.bot.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One validated source. Build it only through {@link SourceValidator}: the file loader, the CLI and chat admin
 * commands all go through the same rules.
 *
 * @param type     null means "detect from the response"
 * @param language "ru", "uk", "en" or null
 * @param charset  charset that beats whatever the server declares, or null
 */
public record SourceConfig(String id, String name, URI url, SourceType type, Duration every, boolean fullText,
                           String language, List<String> include, List<String> exclude, boolean enabled,
                           String charset) {
    public SourceConfig {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(every);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public SourceConfig withEnabled(boolean on) {
        return new SourceConfig(id, name, url, type, every, fullText, language, include, exclude, on, charset);
    }
}
