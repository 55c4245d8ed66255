package dev.newsdigest.bot.config;

import java.net.URI;

/**
 * {@code slack.*}: tokens and signing secret (all redacted in {@link #toString()}) and the Web API base URL.
 * Socket Mode when {@code appToken} is set, HTTP mode otherwise.
 */
public record SlackConfig(Secret botToken, Secret appToken, Secret signingSecret, URI apiUrl) {
    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

    public static SlackConfig defaults() {
        return new SlackConfig(Secret.empty(), Secret.empty(), Secret.empty(), DEFAULT_API_URL);
    }

    public boolean enabled() {
        return botToken.isSet();
    }
}
