package dev.newsdigest.bot.config;

/** {@code http.*}: the bot's own HTTP server (webhooks, Slack events, /healthz, metrics). */
public record HttpConfig(int port) {
    public static HttpConfig defaults() {
        return new HttpConfig(8080);
    }
}
