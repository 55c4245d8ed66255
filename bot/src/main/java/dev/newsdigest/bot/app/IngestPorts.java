package dev.newsdigest.bot.app;

import dev.newsdigest.bot.config.FetchConfig;
import dev.newsdigest.bot.ingest.feed.FeedParseException;
import dev.newsdigest.bot.ingest.feed.FeedParser;
import dev.newsdigest.bot.ingest.fetch.FailureReason;
import dev.newsdigest.bot.ingest.fetch.FetchResult;
import dev.newsdigest.bot.ingest.fetch.Fetcher;

/**
 * Builds the fetcher and the feed parser from the configuration: the one place that knows their implementations.
 *
 * <p>TODO(merge of branch fetch): return {@code new HttpFetcher(settings)} built from {@link FetchConfig}
 * (timeout, connectTimeout, maxBytes, maxRedirects, userAgent, allowPrivateNetworks, allowHosts) and
 * {@code new StandardFeedParser()}. Until then this build refuses every fetch with a clear reason, so the bot
 * still starts, schedules, and records a visible error on each source.
 */
final class IngestPorts {
    static final String NOT_BUILT = "this build has no HTTP fetcher (it arrives with the fetch branch)";

    private IngestPorts() {}

    static Fetcher fetcher(FetchConfig config) {
        return request -> new FetchResult.Failed(FailureReason.NETWORK, NOT_BUILT);
    }

    static FeedParser parser() {
        return (body, contentType, baseUri, expected) -> {
            throw new FeedParseException("this build has no feed parser (it arrives with the fetch branch)");
        };
    }
}
