package dev.newsdigest.bot.config;

import java.net.URI;

/** {@code telegram.*}: the bot token (secret) and the Bot API base URL (a fake one on 127.0.0.1 in tests). */
public record TelegramConfig(Secret token, URI apiUrl) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    public static TelegramConfig defaults() {
        return new TelegramConfig(Secret.empty(), DEFAULT_API_URL);
    }

    public boolean enabled() {
        return token.isSet();
    }
}
