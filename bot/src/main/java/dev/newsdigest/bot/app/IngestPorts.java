package dev.newsdigest.bot.app;

import dev.newsdigest.bot.config.FetchConfig;
import dev.newsdigest.bot.config.SourceUrlCheck;
import dev.newsdigest.bot.ingest.feed.FeedParser;
import dev.newsdigest.bot.ingest.feed.StandardFeedParser;
import dev.newsdigest.bot.ingest.fetch.FailureReason;
import dev.newsdigest.bot.ingest.fetch.FetchSettings;
import dev.newsdigest.bot.ingest.fetch.Fetcher;
import dev.newsdigest.bot.ingest.fetch.HttpFetcher;
import dev.newsdigest.bot.ingest.fetch.RefusedUrlException;
import dev.newsdigest.bot.ingest.fetch.UrlPolicy;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the fetcher, the feed parser and the early URL check from the configuration: the one place that knows
 * their implementations.
 */
public final class IngestPorts {

    private IngestPorts() {}

    /** True when this build has a real fetcher and parser (kept for tests that were written before it had). */
    public static boolean available() {
        return true;
    }

    /** One per process: the fetcher owns a connection pool and is thread-safe. */
    public static Fetcher fetcher(FetchConfig config) {
        return new HttpFetcher(settings(config));
    }

    public static FeedParser parser() {
        return new StandardFeedParser();
    }

    /**
     * The SSRF guard's early check for admin edits: a fast, friendly refusal of private targets. A name that does
     * not resolve right now is let through (DNS may be down for a moment; the poll will report it), and the
     * fetcher's check at connect time stays the authority.
     */
    public static SourceUrlCheck urlCheck(FetchConfig config) {
        UrlPolicy policy = new UrlPolicy(settings(config));
        return url -> {
            try {
                policy.check(url.toString());
                return Optional.empty();
            } catch (RefusedUrlException e) {
                return e.reason() == FailureReason.DNS ? Optional.empty() : Optional.of(e.getMessage());
            }
        };
    }

    static FetchSettings settings(FetchConfig c) {
        String userAgent = FetchConfig.DEFAULT_USER_AGENT.equals(c.userAgent()) ? null : c.userAgent();
        return new FetchSettings(c.connectTimeout(), c.timeout(), c.maxBytes(), c.maxRedirects(), userAgent,
                c.allowPrivateNetworks(), Set.copyOf(c.allowHosts()), null);
    }
}
