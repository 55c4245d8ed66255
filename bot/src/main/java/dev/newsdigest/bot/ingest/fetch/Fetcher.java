package dev.newsdigest.bot.ingest.fetch;

/**
 * Fetches a URL safely: deadline covering the body, byte budget after decompression, SSRF guard at connect time and
 * on every redirect, conditional GET. Implementations never throw for network or HTTP failures.
 */
public interface Fetcher {
    FetchResult fetch(FetchRequest request);
}
