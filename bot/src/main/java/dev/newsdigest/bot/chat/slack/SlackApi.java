package dev.newsdigest.bot.chat.slack;

import java.net.URI;
import java.util.Objects;

/**
 * Slack credentials and endpoint. {@code appToken} ({@code xapp-...}) selects Socket Mode; without it the bot
 * takes HTTP requests at {@code /slack/events}, signed with {@code signingSecret}. {@code apiUrl} is the Web API
 * base ({@code https://slack.com} by default) so tests reach a fake on 127.0.0.1. Secrets never print.
 */
public record SlackApi(String botToken, String appToken, String signingSecret, URI apiUrl) {

    public static final URI DEFAULT_URL = URI.create("https://slack.com");

    public SlackApi {
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("slack.botToken is empty");
        }
        Objects.requireNonNull(apiUrl, "apiUrl");
        appToken = appToken == null || appToken.isBlank() ? null : appToken;
        signingSecret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret;
        if (appToken == null && signingSecret == null) {
            throw new IllegalArgumentException("slack needs slack.appToken (Socket Mode) or slack.signingSecret (HTTP mode)");
        }
    }

    public boolean socketMode() {
        return appToken != null;
    }

    /**
     * The prefix Slack's SDK puts before method names. {@code slack.apiUrl} may be given with or without the
     * {@code /api/} path ({@code https://slack.com} and {@code https://slack.com/api/} mean the same).
     */
    public String methodsEndpointUrlPrefix() {
        String base = apiUrl.toString();
        if (!base.endsWith("/")) {
            base += "/";
        }
        return base.endsWith("/api/") ? base : base + "api/";
    }

    @Override
    public String toString() {
        return "SlackApi[botToken=***, appToken=" + (appToken == null ? "none" : "***") + ", signingSecret="
                + (signingSecret == null ? "none" : "***") + ", apiUrl=" + apiUrl + "]";
    }
}
