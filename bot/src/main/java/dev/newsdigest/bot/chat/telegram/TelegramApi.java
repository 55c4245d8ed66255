package dev.newsdigest.bot.chat.telegram;

import java.net.URI;
import java.util.Objects;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Where the Bot API lives and the bot's token. The base URL comes from {@code telegram.apiUrl}
 * (https://api.telegram.org by default), so tests point the real client at a fake on 127.0.0.1. The token sits in
 * every request path ({@code /bot<token>/sendMessage}), so it is never printed: {@link #toString()} redacts it
 * (RELIABILITY.md L4).
 */
public record TelegramApi(String token, URI baseUrl) {

    public static final URI DEFAULT_URL = URI.create("https://api.telegram.org");

    public TelegramApi {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("telegram.token is empty");
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.getHost() == null || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))) {
            throw new IllegalArgumentException("telegram.apiUrl must be an http(s) URL with a host: " + baseUrl);
        }
    }

    /** The library's form of the base URL (scheme, host, port; the Bot API has no path prefix). */
    public TelegramUrl telegramUrl() {
        int port = baseUrl.getPort() > 0 ? baseUrl.getPort() : baseUrl.getScheme().equals("https") ? 443 : 80;
        return new TelegramUrl(baseUrl.getScheme(), baseUrl.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramApi[token=***, baseUrl=" + baseUrl + "]";
    }
}
