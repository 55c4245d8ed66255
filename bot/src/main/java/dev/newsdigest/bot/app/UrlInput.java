package dev.newsdigest.bot.app;

import dev.newsdigest.bot.ingest.fetch.FetchRequest;
import dev.newsdigest.bot.ingest.fetch.FetchResult;
import dev.newsdigest.bot.ingest.fetch.FetchSettings;
import dev.newsdigest.bot.ingest.fetch.HttpFetcher;
import dev.newsdigest.digest.ArticleInput;
import java.io.IOException;
import java.net.URI;

/**
 * A {@code digest} input given as an http(s) URL, fetched with the same {@link HttpFetcher} and limits as the
 * ingest jobs (deadline, byte budget, SSRF guard). Errors carry only the fetcher's classification.
 */
final class UrlInput {
    private UrlInput() {}

    static ArticleInput fetch(String url, String charset, String title, String language, boolean allowPrivate) throws IOException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL");
        }
        FetchSettings settings = FetchSettings.defaults().withAllowPrivateNetworks(allowPrivate);
        try (HttpFetcher fetcher = new HttpFetcher(settings)) {
            FetchResult result = fetcher.fetch(new FetchRequest(uri, null, null, charset));
            if (result instanceof FetchResult.Fresh fresh) {
                // The response charset (or --charset) is a hint: a <meta charset> in the page still wins.
                String hint = fresh.charset() == null ? null : fresh.charset().name();
                return new ArticleInput(url, fresh.body(), hint, title, language);
            }
            if (result instanceof FetchResult.Failed failed) {
                throw new IOException(failed.message());
            }
            throw new IOException("server answered 304 Not Modified to an unconditional request");
        }
    }
}
