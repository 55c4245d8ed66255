package dev.newsdigest.bot.ingest.fetch;

import dev.newsdigest.bot.ingest.fetch.FetchResult.Failed;
import dev.newsdigest.bot.ingest.fetch.FetchResult.Fresh;
import dev.newsdigest.bot.ingest.fetch.FetchResult.NotModified;
import dev.newsdigest.digest.text.TextDecoder;
import java.io.IOException;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The production {@link Fetcher}, on OkHttp 4.12. What it guarantees, each with its RELIABILITY id:
 * <ul>
 *   <li>one deadline for the whole fetch, every redirect hop and the full body included, so a server that drips a
 *       byte every few seconds cannot hold a worker (F3, F4); a connect timeout per address (F2);</li>
 *   <li>a byte budget counted after gzip/deflate decoding, read in chunks (F5, F6);</li>
 *   <li>redirects followed by hand, at most {@link FetchSettings#maxRedirects()}, loops detected, and every hop
 *       checked by the SSRF guard before it is requested (F10, S4);</li>
 *   <li>the guard's decisive check on every address actually dialled, after DNS (S1–S5, S7);</li>
 *   <li>conditional GET with the stored validators, 304 as {@link NotModified} (F9);</li>
 *   <li>every outcome classified, never thrown; messages never quote the response (F1, F7, F8, F11–F13, S8);</li>
 *   <li>every response closed on every path, so no connection leaks;</li>
 *   <li>at most {@link #MAX_REQUESTS_PER_HOST} requests in flight to one host across all threads (L1). Waiting for
 *       a host's slot has its own budget of one deadline per fetch, so the server's deadline is not eaten by the
 *       queue and a worker is never held longer than two deadlines; when no slot comes free in time the fetch
 *       ends as {@link FailureReason#HOST_BUSY}, which the poller treats as "try later", not as a failure.</li>
 * </ul>
 * Thread-safe; share one instance (it owns a connection pool) and {@link #close()} it at shutdown.
 */
public final class HttpFetcher implements Fetcher, AutoCloseable {
    /** Feeds first, then the HTML a page source or full-text fetch needs. */
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.8, */*;q=0.5";

    /**
     * Politeness limit per host name (RELIABILITY L1), the figure common crawlers use; also what keeps one slow
     * site from occupying more than two workers.
     */
    public static final int MAX_REQUESTS_PER_HOST = 2;

    private final FetchSettings settings;
    private final OkHttpClient client;
    private final HostSlots hostSlots = new HostSlots(MAX_REQUESTS_PER_HOST);
    private final UrlPolicy hopPolicy;
    private final Clock clock;

    public HttpFetcher(FetchSettings settings) {
        this(settings, Dns.SYSTEM, Clock.systemUTC(), builder -> {});
    }

    /**
     * For tests: a scripted {@link Dns} (rebinding, S5), a fixed clock (Retry-After, F8) and client tweaks such as
     * trusting a test certificate authority. The tweaks must not replace the socket factory or DNS.
     */
    HttpFetcher(FetchSettings settings, Dns dns, Clock clock, Consumer<OkHttpClient.Builder> tweaks) {
        this.settings = settings;
        this.clock = clock;
        NetworkGuard guard = new NetworkGuard(settings);
        this.hopPolicy = new UrlPolicy(guard, dns);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.deadline())
                .writeTimeout(settings.deadline())
                .callTimeout(settings.deadline())
                .followRedirects(false)
                .followSslRedirects(false)
                .connectionPool(new ConnectionPool(8, 1, TimeUnit.MINUTES))
                .proxy(settings.proxy() == null ? Proxy.NO_PROXY : settings.proxy())
                .dns(new NamingDns(dns))
                .socketFactory(new GuardedSocketFactory(guard));
        tweaks.accept(builder);
        this.client = builder.build();
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        try {
            return fetchFollowingRedirects(request);
        } catch (RuntimeException e) {
            // Last line of defence for the contract "never throws": a bug here must cost one fetch, not the worker.
            return new Failed(FailureReason.NETWORK, "fetch failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private FetchResult fetchFollowingRedirects(FetchRequest request) {
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        long slotBudget = settings.deadline().toNanos();
        Set<HttpUrl> visited = new HashSet<>();
        URI current = request.uri();
        for (int redirects = 0; ; redirects++) {
            HttpUrl url;
            try {
                url = hopPolicy.checkWithoutDns(current);
            } catch (RefusedUrlException e) {
                return new Failed(e.reason(), redirects == 0 ? e.getMessage() : e.getMessage() + " (at redirect " + redirects + ")");
            }
            if (!visited.add(url)) {
                return new Failed(FailureReason.TOO_MANY_REDIRECTS, "redirect loop after " + redirects + " redirects");
            }
            long waitStart = System.nanoTime();
            HostSlots.Slot slot;
            try {
                slot = hostSlots.acquire(url.host(), slotBudget);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Failed(FailureReason.NETWORK, "fetch interrupted");
            }
            long waited = System.nanoTime() - waitStart;
            if (slot == null) {
                return new Failed(FailureReason.HOST_BUSY, "host busy: " + MAX_REQUESTS_PER_HOST + " requests to "
                        + url.host() + " stayed in flight for " + TimeUnit.NANOSECONDS.toMillis(waited) + " ms");
            }
            // Queueing behind our own requests is not the server's slowness: the wait moves the deadline.
            slotBudget -= waited;
            deadline += waited;
            Hop hop;
            try (slot) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return new Failed(FailureReason.TIMEOUT, "no complete response before the deadline");
                }
                hop = exchange(url, request, remaining, deadline);
            }
            if (hop.redirectTo() == null) {
                return hop.result();
            }
            if (redirects >= settings.maxRedirects()) {
                return new Failed(FailureReason.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects() + " redirects");
            }
            current = hop.redirectTo();
        }
    }

    /** One request/response: either a final result or where to go next. */
    private record Hop(FetchResult result, URI redirectTo) {
        static Hop done(FetchResult result) {
            return new Hop(result, null);
        }
    }

    private Hop exchange(HttpUrl url, FetchRequest request, long remainingNanos, long deadline) {
        Call call = client.newCall(buildRequest(url, request));
        call.timeout().timeout(remainingNanos, TimeUnit.NANOSECONDS);
        try (Response response = call.execute()) {
            try {
                Hop hop = interpret(url, request, response);
                if (hop.result() instanceof Failed failed && failed.reason() == FailureReason.TOO_LARGE) {
                    abandon(call);
                }
                return hop;
            } catch (BodyTooLargeException e) {
                abandon(call);
                throw e;
            }
        } catch (IOException e) {
            return Hop.done(FailureClassifier.classify(e, System.nanoTime() - deadline >= 0 || call.isCanceled()));
        } catch (RuntimeException e) {
            // OkHttp signals a few protocol violations with unchecked exceptions; still a classified failure.
            return Hop.done(new Failed(FailureReason.NETWORK, "malformed HTTP response (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /**
     * Drops the connection instead of letting {@code close()} drain the rest of an oversized body: OkHttp would
     * otherwise keep reading it for up to 100 ms to save the connection, megabytes we already refused.
     */
    private static void abandon(Call call) {
        call.cancel();
    }

    private Request buildRequest(HttpUrl url, FetchRequest request) {
        Request.Builder b = new Request.Builder().url(url).get()
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                // Set by us, so OkHttp leaves the body encoded and BoundedBodyReader counts decoded bytes.
                .header("Accept-Encoding", "gzip, deflate");
        if (isSendable(request.etag())) {
            b.header("If-None-Match", request.etag());
        }
        if (isSendable(request.lastModified())) {
            b.header("If-Modified-Since", request.lastModified());
        }
        return b.build();
    }

    /**
     * Validators come back from servers; one with a control or non-ASCII character would make OkHttp throw (and a
     * CR/LF would be header injection), so such a value is not sent and the fetch is simply unconditional.
     */
    static boolean isSendable(String headerValue) {
        if (headerValue == null || headerValue.isBlank() || headerValue.length() > 1024) {
            return false;
        }
        for (int i = 0; i < headerValue.length(); i++) {
            char c = headerValue.charAt(i);
            if ((c < 0x20 && c != '\t') || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private Hop interpret(HttpUrl url, FetchRequest request, Response response) throws IOException {
        int code = response.code();
        switch (code) {
            case 301, 302, 303, 307, 308 -> {
                return redirect(url, response);
            }
            case 304 -> {
                return Hop.done(new NotModified());
            }
            case 204 -> {
                return Hop.done(new Failed(FailureReason.EMPTY, "empty response (HTTP 204)"));
            }
            default -> { }
        }
        if (code >= 400 && "challenge".equalsIgnoreCase(String.valueOf(response.header("cf-mitigated")).strip())) {
            // miniflux isCloudflareChallenge (usually a 403): the feed is fine, a bot wall stands in front of it.
            return Hop.done(new Failed(FailureReason.BLOCKED, "blocked by bot protection (Cloudflare challenge)"));
        }
        if (code == 429 || code == 503) {
            var retryAfter = RetryAfter.parse(response.headers(), clock);
            if (code == 429 || retryAfter != null) {
                return Hop.done(new Failed(FailureReason.RATE_LIMITED, "rate limited (HTTP " + code + ")", retryAfter));
            }
        }
        if (code == 404 || code == 410) {
            return Hop.done(new Failed(FailureReason.NOT_FOUND, "not found (HTTP " + code + ")"));
        }
        if (code >= 500) {
            return Hop.done(new Failed(FailureReason.SERVER_ERROR, "server error (HTTP " + code + ")"));
        }
        if (code >= 400) {
            return Hop.done(new Failed(FailureReason.CLIENT_ERROR, "request refused (HTTP " + code + ")"));
        }
        if (code < 200 || code >= 300) {
            return Hop.done(new Failed(FailureReason.NETWORK, "unexpected HTTP status " + code));
        }
        return Hop.done(readBody(url, request, response));
    }

    private Hop redirect(HttpUrl url, Response response) {
        String location = response.header("Location");
        if (location == null || location.isBlank()) {
            return Hop.done(new Failed(FailureReason.NETWORK, "redirect without a Location (HTTP " + response.code() + ")"));
        }
        HttpUrl next = url.resolve(location.strip());
        if (next == null) {
            // HttpUrl only knows http and https: file:, ftp:, gopher: … targets land here (S6).
            return Hop.done(new Failed(FailureReason.REFUSED, "refused: redirect to a URL that is not http or https"));
        }
        return new Hop(null, next.uri());
    }

    private FetchResult readBody(HttpUrl url, FetchRequest request, Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return new Failed(FailureReason.EMPTY, "empty response");
        }
        String encoding = response.header("Content-Encoding");
        boolean identity = encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity");
        long declared = body.contentLength();
        if (identity && declared > settings.maxBodyBytes()) {
            return new Failed(FailureReason.TOO_LARGE, "response larger than " + settings.maxBodyBytes() + " bytes");
        }
        if (declared == 0) {
            return new Failed(FailureReason.EMPTY, "empty response");
        }
        byte[] bytes = BoundedBodyReader.read(body.byteStream(), encoding, settings.maxBodyBytes(), identity ? declared : -1);
        if (bytes.length == 0) {
            return new Failed(FailureReason.EMPTY, "empty response");
        }
        String contentType = response.header("Content-Type");
        return new Fresh(bytes, contentType, charset(request.charsetOverride(), contentType),
                response.header("ETag"), response.header("Last-Modified"), url.uri());
    }

    /** The source's override when it names a real charset, else the Content-Type's, else null. */
    static Charset charset(String override, String contentType) {
        var fromOverride = TextDecoder.charsetByName(override);
        if (fromOverride.isPresent()) {
            return fromOverride.get();
        }
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        return type == null ? null : TextDecoder.charsetByName(type.parameter("charset")).orElse(null);
    }

    /** For tests: connections currently pooled, to prove responses are closed on every path. */
    int pooledConnections() {
        return client.connectionPool().connectionCount();
    }

    /**
     * For tests: connections held by a call. With no fetch running this must be 0; anything else is a response
     * somebody did not close (RELIABILITY L3).
     */
    int connectionsInUse() {
        return client.connectionPool().connectionCount() - client.connectionPool().idleConnectionCount();
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
