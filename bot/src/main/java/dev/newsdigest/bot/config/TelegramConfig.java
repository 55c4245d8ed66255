package dev.newsdigest.bot.config;

import java.net.URI;

/**
 * {@code telegram.*}: the bot token (secret), the Bot API base URL (a fake one on 127.0.0.1 in tests), and for
 * webhook mode the public URL Telegram posts updates to and the secret it sends along (secret). Without a webhook
 * URL the bot uses long polling.
 */
public record TelegramConfig(Secret token, URI apiUrl, URI webhookUrl, Secret webhookSecret) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    public TelegramConfig(Secret token, URI apiUrl) {
        this(token, apiUrl, null, Secret.empty());
    }

    public static TelegramConfig defaults() {
        return new TelegramConfig(Secret.empty(), DEFAULT_API_URL);
    }

    public boolean webhook() {
        return webhookUrl != null;
    }

    public boolean enabled() {
        return token.isSet();
    }
}
