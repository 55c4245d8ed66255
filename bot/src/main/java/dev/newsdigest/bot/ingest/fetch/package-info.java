/**
 * Fetching URLs safely: {@link dev.newsdigest.bot.ingest.fetch.Fetcher} is the port,
 * {@link dev.newsdigest.bot.ingest.fetch.HttpFetcher} the OkHttp 4.12 implementation.
 *
 * <pre>{@code
 * FetchSettings settings = FetchSettings.defaults()            // 10 s connect, 30 s total, 15 MiB, 5 redirects
 *         .withAllowHosts(Set.of("rss-bridge.local"));          // fetch.allowHosts
 * UrlPolicy policy = new UrlPolicy(settings);
 * URI uri = policy.check(text);                                 // at /addsource: RefusedUrlException("refused: loopback")
 * try (HttpFetcher fetcher = new HttpFetcher(settings)) {      // one per process: it owns a connection pool
 *                                                               // and the per-host slots (2 in flight, L1)
 *     FetchResult r = fetcher.fetch(new FetchRequest(uri, etag, lastModified, charsetOverride));
 *     switch (r) { case Fresh f -> …; case NotModified n -> …; case Failed f -> f.reason(), f.retryAfter() }
 * }
 * }</pre>
 *
 * The SSRF guard has two halves: {@link dev.newsdigest.bot.ingest.fetch.UrlPolicy} (early, friendly, per redirect
 * hop) and the socket factory that checks every address actually dialled (authoritative). Faults and attacks are
 * catalogued in RELIABILITY.md sections F and S; the tests carry those ids in their names.
 */
package dev.newsdigest.bot.ingest.fetch;
