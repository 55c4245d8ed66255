package dev.newsdigest.bot.config;

import java.time.Duration;
import java.util.List;

/**
 * {@code fetch.*}: limits for every outbound HTTP request (feeds and article pages).
 *
 * @param timeout              total deadline of one request, body included
 * @param connectTimeout       deadline for the TCP/TLS connect
 * @param maxBytes             body budget counted after decompression
 * @param allowPrivateNetworks when false (the default) private, loopback and link-local addresses are refused
 * @param allowHosts           hosts exempt from that refusal (e.g. {@code 127.0.0.1} for a local test feed)
 * @param userAgent            User-Agent header
 * @param maxRedirects         redirects followed before giving up
 * @param maxItemsPerPoll      feed entries considered per poll (a feed of 100,000 items is cut here)
 */
public record FetchConfig(Duration timeout, Duration connectTimeout, long maxBytes, boolean allowPrivateNetworks,
                          List<String> allowHosts, String userAgent, int maxRedirects, int maxItemsPerPoll) {
    public static final String DEFAULT_USER_AGENT = "newsdigest/0.1 (+https://github.com/newsdigest/newsdigest)";

    public FetchConfig {
        allowHosts = List.copyOf(allowHosts);
    }

    public static FetchConfig defaults() {
        return new FetchConfig(Duration.ofSeconds(30), Duration.ofSeconds(10), 15L * 1024 * 1024, false, List.of(),
                DEFAULT_USER_AGENT, 5, 200);
    }
}
