package dev.newsdigest.bot.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdigest.bot.ingest.fetch.FetchResult.Failed;
import dev.newsdigest.bot.ingest.fetch.FetchResult.Fresh;
import dev.newsdigest.bot.ingest.fetch.FetchResult.NotModified;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HttpFetcher against real servers on 127.0.0.1, one test per fault of RELIABILITY section F. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpFetcherTest {
    private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private MockWebServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        fetcher = fetcher(settings(), b -> {});
    }

    @AfterEach
    void stop() throws IOException {
        fetcher.close();
        server.shutdown();
    }

    /** Short limits so the slow cases finish in seconds; the test server's own host:port is exempt, nothing else. */
    private FetchSettings settings() {
        return FetchSettings.defaults()
                .withConnectTimeout(Duration.ofSeconds(1))
                .withDeadline(Duration.ofSeconds(2))
                .withAllowHosts(Set.of("127.0.0.1:" + server.getPort()));
    }

    private HttpFetcher fetcher(FetchSettings settings, Consumer<OkHttpClient.Builder> tweaks) {
        return new HttpFetcher(settings, Dns.SYSTEM, Clock.fixed(NOW, ZoneOffset.UTC), tweaks);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private FetchResult get(String path) {
        return fetcher.fetch(FetchRequest.of(URI.create(url(path))));
    }

    private static Failed failed(FetchResult r) {
        assertThat(r).isInstanceOf(Failed.class);
        return (Failed) r;
    }

    @Test
    void ok200ReturnsBodyValidatorsCharsetAndSendsUserAgent() throws Exception {
        server.enqueue(new MockResponse().setBody(RSS)
                .setHeader("Content-Type", "application/rss+xml; charset=windows-1251")
                .setHeader("ETag", "\"v1\"").setHeader("Last-Modified", "Sun, 01 Mar 2026 10:00:00 GMT"));
        FetchResult r = get("/feed");
        assertThat(r).isInstanceOf(Fresh.class);
        Fresh f = (Fresh) r;
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
        assertThat(f.contentType()).startsWith("application/rss+xml");
        assertThat(f.charset().name()).isEqualTo("windows-1251");
        assertThat(f.etag()).isEqualTo("\"v1\"");
        assertThat(f.lastModified()).isEqualTo("Sun, 01 Mar 2026 10:00:00 GMT");
        assertThat(f.finalUri()).isEqualTo(URI.create(url("/feed")));
        RecordedRequest req = server.takeRequest();
        assertThat(req.getHeader("User-Agent")).startsWith("newsdigest/").contains("(+http");
        assertThat(req.getHeader("Accept-Encoding")).isEqualTo("gzip, deflate");
        assertThat(req.getHeader("If-None-Match")).isNull();
    }

    @Test
    void perSourceCharsetOverrideWinsOverTheHeader() {
        server.enqueue(new MockResponse().setBody(RSS).setHeader("Content-Type", "text/xml; charset=utf-8"));
        FetchResult r = fetcher.fetch(new FetchRequest(URI.create(url("/feed")), null, null, "KOI8-R"));
        assertThat(((Fresh) r).charset().name()).isEqualTo("KOI8-R");
    }

    @Test
    void f9_304WithStoredValidatorsIsNotModified() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(304));
        FetchResult r = fetcher.fetch(new FetchRequest(URI.create(url("/feed")), "\"v1\"", "Sun, 01 Mar 2026 10:00:00 GMT", null));
        assertThat(r).isInstanceOf(NotModified.class);
        RecordedRequest req = server.takeRequest();
        assertThat(req.getHeader("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(req.getHeader("If-Modified-Since")).isEqualTo("Sun, 01 Mar 2026 10:00:00 GMT");
    }

    @Test
    void storedValidatorsWithControlCharactersAreNotSentSoNoHeaderCanBeInjected() throws Exception {
        server.enqueue(new MockResponse().setBody(RSS));
        FetchResult r = fetcher.fetch(new FetchRequest(URI.create(url("/feed")), "\"v1\"\r\nX-Injected: 1", "Sun, 01 Mar 2026 ü", null));
        assertThat(r).isInstanceOf(Fresh.class);
        RecordedRequest req = server.takeRequest();
        assertThat(req.getHeader("If-None-Match")).isNull();
        assertThat(req.getHeader("If-Modified-Since")).isNull();
        assertThat(req.getHeader("X-Injected")).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 410})
    void notFound(int code) {
        server.enqueue(new MockResponse().setResponseCode(code).setBody("<html>gone</html>"));
        assertThat(failed(get("/feed")).reason()).isEqualTo(FailureReason.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void f1_serverErrorIsClassifiedAndTheNextFetchSucceeds(int code) {
        server.enqueue(new MockResponse().setResponseCode(code).setBody("oops"));
        server.enqueue(new MockResponse().setBody(RSS));
        Failed first = failed(get("/feed"));
        assertThat(first.reason()).isEqualTo(FailureReason.SERVER_ERROR);
        assertThat(first.message()).contains(String.valueOf(code));
        assertThat(get("/feed")).isInstanceOf(Fresh.class);
    }

    @Test
    void otherClientErrorsAreClientError() {
        server.enqueue(new MockResponse().setResponseCode(401));
        assertThat(failed(get("/feed")).reason()).isEqualTo(FailureReason.CLIENT_ERROR);
    }

    @Test
    void f2_blackHoledConnectFailsAtTheConnectTimeout() throws Exception {
        try (BlackHole hole = new BlackHole()) {
            assumeTrue(hole.isBlackHoled(), "this kernel did not drop SYNs on a full accept queue");
            FetchSettings s = settings().withDeadline(Duration.ofSeconds(10)).withAllowHosts(Set.of("127.0.0.1:" + hole.port()));
            try (HttpFetcher f = fetcher(s, b -> {})) {
                long start = System.nanoTime();
                Failed r = failed(f.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + hole.port() + "/feed"))));
                assertThat(r.reason()).isEqualTo(FailureReason.TIMEOUT);
                assertThat(r.message()).isEqualTo("connect timed out");
                // Ended by the 1 s connect timeout, not the 10 s deadline: the worker is freed early.
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
            }
        }
    }

    @Test
    void f3_serverThatNeverSendsHeadersTimesOut() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        assertThat(failed(get("/feed")).reason()).isEqualTo(FailureReason.TIMEOUT);
    }

    @Test
    void f4_bodyDrippingOneBytePerSecondIsAbortedAtTheTotalDeadline() {
        // Each read is well under the read timeout; only a deadline over the whole body can stop this.
        server.enqueue(new MockResponse().setBody("x".repeat(10_000)).throttleBody(1, 1, TimeUnit.SECONDS));
        Failed r = failed(get("/feed"));
        assertThat(r.reason()).isEqualTo(FailureReason.TIMEOUT);
        assertThat(r.message()).contains("deadline");
    }

    @Test
    void f4_deadlineCoversAllRedirectHopsTogether() {
        // Three hops of 0.8 s each: every hop is under the 2 s deadline, together they are not.
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/hop" + i)
                    .setHeadersDelay(800, TimeUnit.MILLISECONDS));
        }
        server.enqueue(new MockResponse().setBody(RSS));
        assertThat(failed(get("/feed")).reason()).isEqualTo(FailureReason.TIMEOUT);
    }

    @Test
    void f5_fiftyMegabyteChunkedBodyStopsAtTheByteBudget() throws Exception {
        try (StreamingServer big = new StreamingServer("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked",
                50L * 1024 * 1024, true)) {
            FetchSettings s = settings().withDeadline(Duration.ofSeconds(20)).withAllowHosts(Set.of("127.0.0.1:" + big.port()));
            try (HttpFetcher f = fetcher(s, b -> {})) {
                Failed r = failed(f.fetch(FetchRequest.of(URI.create(big.url("/feed")))));
                assertThat(r.reason()).isEqualTo(FailureReason.TOO_LARGE);
                assertThat(r.message()).contains(String.valueOf(FetchSettings.DEFAULT_MAX_BODY_BYTES));
            }
            // The client hung up soon after 15 MiB instead of draining 50 MB (socket buffers hold a few MB more).
            assertThat(big.bytesSent()).isLessThan(40L * 1024 * 1024);
        }
    }

    @Test
    void f5_heapStaysFlatWhileFiftyMegabytesAreOffered() throws Exception {
        // What the fetching thread allocates bounds what it can hold: with a 1 MiB budget, a client that buffered the
        // 50 MB offer (or drained it to save the connection) would allocate far more than a few MiB.
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        try (StreamingServer big = new StreamingServer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", 50L * 1024 * 1024, true)) {
            FetchSettings s = settings().withMaxBodyBytes(1024 * 1024).withDeadline(Duration.ofSeconds(20))
                    .withAllowHosts(Set.of("127.0.0.1:" + big.port()));
            try (HttpFetcher f = fetcher(s, b -> {})) {
                f.fetch(FetchRequest.of(URI.create(big.url("/warm-up-classes-first"))));
            }
        }
        try (StreamingServer big = new StreamingServer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", 50L * 1024 * 1024, true)) {
            FetchSettings s = settings().withMaxBodyBytes(1024 * 1024).withDeadline(Duration.ofSeconds(20))
                    .withAllowHosts(Set.of("127.0.0.1:" + big.port()));
            try (HttpFetcher f = fetcher(s, b -> {})) {
                long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                Failed r = failed(f.fetch(FetchRequest.of(URI.create(big.url("/feed")))));
                long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
                assertThat(r.reason()).isEqualTo(FailureReason.TOO_LARGE);
                assertThat(allocated).as("bytes allocated by the fetching thread").isLessThan(12L * 1024 * 1024);
            }
        }
    }

    @Test
    void f5_bodyLongerThanALyingSmallContentLengthIsCutAtTheDeclaredLength() throws Exception {
        try (StreamingServer liar = new StreamingServer("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100",
                50L * 1024 * 1024, false)) {
            FetchSettings s = settings().withAllowHosts(Set.of("127.0.0.1:" + liar.port()));
            try (HttpFetcher f = fetcher(s, b -> {})) {
                FetchResult r = f.fetch(FetchRequest.of(URI.create(liar.url("/feed"))));
                assertThat(r).isInstanceOf(Fresh.class);
                assertThat(((Fresh) r).body()).hasSize(100);
            }
        }
    }

    @Test
    void f5_declaredContentLengthOverTheBudgetIsRefusedWithoutReading() throws Exception {
        try (StreamingServer big = new StreamingServer("HTTP/1.1 200 OK\r\nContent-Length: " + (50L * 1024 * 1024),
                50L * 1024 * 1024, false)) {
            FetchSettings s = settings().withDeadline(Duration.ofSeconds(20)).withAllowHosts(Set.of("127.0.0.1:" + big.port()));
            try (HttpFetcher f = fetcher(s, b -> {})) {
                assertThat(failed(f.fetch(FetchRequest.of(URI.create(big.url("/feed"))))).reason()).isEqualTo(FailureReason.TOO_LARGE);
            }
            assertThat(big.bytesSent()).isLessThan(40L * 1024 * 1024);
        }
    }

    @Test
    void f6_gzipBombIsCappedOnDecodedBytes() throws Exception {
        byte[] bomb = compressedZeros(64L * 1024 * 1024, false);
        assertThat(bomb.length).isLessThan(1024 * 1024);   // small on the wire, 64 MiB decoded
        server.enqueue(new MockResponse().setBody(new Buffer().write(bomb)).setHeader("Content-Encoding", "gzip"));
        Failed r = failed(get("/feed"));
        assertThat(r.reason()).isEqualTo(FailureReason.TOO_LARGE);
    }

    @Test
    void f6_deflateBombIsCappedOnDecodedBytes() throws Exception {
        server.enqueue(new MockResponse().setBody(new Buffer().write(compressedZeros(64L * 1024 * 1024, true)))
                .setHeader("Content-Encoding", "deflate"));
        assertThat(failed(get("/feed")).reason()).isEqualTo(FailureReason.TOO_LARGE);
    }

    @Test
    void gzipAndDeflateBodiesAreDecoded() throws Exception {
        server.enqueue(new MockResponse().setBody(new Buffer().write(gzip(RSS))).setHeader("Content-Encoding", "gzip"));
        server.enqueue(new MockResponse().setBody(new Buffer().write(zlib(RSS, false))).setHeader("Content-Encoding", "deflate"));
        server.enqueue(new MockResponse().setBody(new Buffer().write(zlib(RSS, true))).setHeader("Content-Encoding", "deflate"));
        for (int i = 0; i < 3; i++) {
            assertThat(new String(((Fresh) get("/feed")).body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
        }
    }

    @Test
    void corruptGzipAndUnknownEncodingAreNetworkErrors() {
        server.enqueue(new MockResponse().setBody("this is not gzip").setHeader("Content-Encoding", "gzip"));
        server.enqueue(new MockResponse().setBody("???").setHeader("Content-Encoding", "br"));
        assertThat(failed(get("/feed")).message()).isEqualTo("corrupt compressed body");
        assertThat(failed(get("/feed")).message()).contains("unsupported Content-Encoding");
    }

    @Test
    void f7_resetMidBodyIsANetworkErrorAndTheNextFetchWorks() {
        server.enqueue(new MockResponse().setBody("<rss>" + "x".repeat(100_000)).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(new MockResponse().setBody(RSS));
        Failed r = failed(get("/feed"));
        assertThat(r.reason()).isEqualTo(FailureReason.NETWORK);
        assertThat(get("/feed")).isInstanceOf(Fresh.class);
    }

    @Test
    void f7_malformedChunkIsANetworkError() throws Exception {
        // The header promises chunked framing; the body is raw bytes, so the first "chunk size" is garbage.
        try (StreamingServer broken = new StreamingServer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", 1000, false)) {
            try (HttpFetcher f = fetcher(settings().withAllowHosts(Set.of("127.0.0.1:" + broken.port())), b -> {})) {
                Failed r = failed(f.fetch(FetchRequest.of(URI.create(broken.url("/feed")))));
                assertThat(r.reason()).isEqualTo(FailureReason.NETWORK);
                assertThat(r.message()).doesNotContain("aaaa");
            }
        }
    }

    @Test
    void f7_garbageInsteadOfAStatusLineThenCloseIsANetworkError() throws Exception {
        try (StreamingServer garbage = new StreamingServer("\u0000\u0001GARBAGE-NOT-HTTP", 0, false)) {
            try (HttpFetcher f = fetcher(settings().withAllowHosts(Set.of("127.0.0.1:" + garbage.port())), b -> {})) {
                Failed r = failed(f.fetch(FetchRequest.of(URI.create(garbage.url("/feed")))));
                assertThat(r.reason()).isEqualTo(FailureReason.NETWORK);
                assertThat(r.message()).doesNotContain("GARBAGE");
            }
        }
    }

    @Test
    void f7_responsesAreClosedOnEveryPathSoOneConnectionServesThemAll() throws Exception {
        server.enqueue(new MockResponse().setBody(RSS));
        server.enqueue(new MockResponse().setResponseCode(304));
        server.enqueue(new MockResponse().setResponseCode(404).setBody("not here"));
        server.enqueue(new MockResponse().setResponseCode(500).setBody("broken"));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "5").setBody("slow down"));
        server.enqueue(new MockResponse().setResponseCode(403).setHeader("cf-mitigated", "challenge").setBody("<html>"));
        server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/moved").setBody("moved"));
        server.enqueue(new MockResponse().setBody(RSS));
        server.enqueue(new MockResponse().setBody(""));
        for (int i = 0; i < 8; i++) {
            get("/feed");
        }
        for (int i = 0; i < 9; i++) {
            // A leaked (unclosed) response would pin its connection and force a new one for the next request.
            assertThat(server.takeRequest().getSequenceNumber()).as("request %d reused the connection", i).isEqualTo(i);
        }
        assertThat(fetcher.pooledConnections()).isEqualTo(1);
    }

    @Test
    void f8_retryAfterSecondsOn429() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));
        Failed r = failed(get("/feed"));
        assertThat(r.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(r.retryAfter()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void f8_retryAfterHttpDateOn503() {
        Instant later = NOW.plus(Duration.ofHours(2));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(later, ZoneOffset.UTC));
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", date));
        Failed r = failed(get("/feed"));
        assertThat(r.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(r.retryAfter()).isEqualTo(later);
    }

    @Test
    void f8_absurdRetryAfterIsClampedAndGarbageIgnored() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "999999999"));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "soon"));
        assertThat(failed(get("/feed")).retryAfter()).isEqualTo(NOW.plus(RetryAfter.MAX));
        Failed garbage = failed(get("/feed"));
        assertThat(garbage.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(garbage.retryAfter()).isNull();
    }

    @Test
    void f10_redirectsAreFollowedUpToTheLimit() {
        for (int i = 1; i <= 5; i++) {
            server.enqueue(new MockResponse().setResponseCode(i % 2 == 0 ? 301 : 308).setHeader("Location", "/r" + i));
        }
        server.enqueue(new MockResponse().setBody(RSS));
        FetchResult r = get("/feed");
        assertThat(r).isInstanceOf(Fresh.class);
        assertThat(((Fresh) r).finalUri()).isEqualTo(URI.create(url("/r5")));
    }

    @Test
    void f10_twentyRedirectsStopAtTheLimit() {
        for (int i = 1; i <= 20; i++) {
            server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/r" + i));
        }
        Failed r = failed(get("/feed"));
        assertThat(r.reason()).isEqualTo(FailureReason.TOO_MANY_REDIRECTS);
        assertThat(r.message()).contains("more than 5 redirects");
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void f10_redirectLoopIsDetected() {
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/b"));
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", url("/a")));
        Failed r = failed(get("/a"));
        assertThat(r.reason()).isEqualTo(FailureReason.TOO_MANY_REDIRECTS);
        assertThat(r.message()).contains("loop");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 503})
    void f11_cloudflareChallengeIsBlockedNotBroken(int code) {
        server.enqueue(new MockResponse().setResponseCode(code).setHeader("cf-mitigated", "challenge")
                .setHeader("Content-Type", "text/html").setBody("<html>Just a moment...</html>"));
        Failed r = failed(get("/feed"));
        assertThat(r.reason()).isEqualTo(FailureReason.BLOCKED);
        assertThat(r.message()).doesNotContain("Just a moment");
    }

    @Test
    void f11_plain403IsAClientErrorNotBotProtection() {
        server.enqueue(new MockResponse().setResponseCode(403).setBody("forbidden"));
        assertThat(failed(get("/feed")).reason()).isEqualTo(FailureReason.CLIENT_ERROR);
    }

    @Test
    void f12_empty200IsEmpty() {
        server.enqueue(new MockResponse().setBody(""));
        server.enqueue(new MockResponse().setChunkedBody("", 10));
        server.enqueue(new MockResponse().setBody("").setHeader("Content-Encoding", "gzip"));
        server.enqueue(new MockResponse().setResponseCode(204));
        for (int i = 0; i < 4; i++) {
            assertThat(failed(get("/feed")).reason()).as("case %d", i).isEqualTo(FailureReason.EMPTY);
        }
    }

    @Test
    void f13_selfSignedCertificateIsATlsFailure() {
        HeldCertificate selfSigned = new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1").build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(selfSigned).build().sslSocketFactory(), false);
        server.enqueue(new MockResponse().setBody(RSS));
        Failed r = failed(fetcher.fetch(FetchRequest.of(URI.create("https://127.0.0.1:" + server.getPort() + "/feed"))));
        assertThat(r.reason()).isEqualTo(FailureReason.TLS);
        assertThat(r.message()).contains("certificate not trusted");
    }

    @Test
    void f13_certificateForAnotherHostIsATlsFailureEvenWhenItsIssuerIsTrusted() throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate wrongHost = new HeldCertificate.Builder().addSubjectAlternativeName("feeds.example.org").signedBy(ca).build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(wrongHost, ca.certificate()).build().sslSocketFactory(), false);
        server.enqueue(new MockResponse().setBody(RSS));
        HandshakeCertificates trustCa = new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate()).build();
        try (HttpFetcher f = fetcher(settings(), b -> b.sslSocketFactory(trustCa.sslSocketFactory(), trustCa.trustManager()))) {
            Failed r = failed(f.fetch(FetchRequest.of(URI.create("https://127.0.0.1:" + server.getPort() + "/feed"))));
            assertThat(r.reason()).isEqualTo(FailureReason.TLS);
        }
    }

    @Test
    void f13_expiredCertificateIsATlsFailureEvenWhenItsIssuerIsTrusted() {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
        long dayMs = TimeUnit.DAYS.toMillis(1);
        long now = System.currentTimeMillis();
        HeldCertificate expired = new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1")
                .validityInterval(now - 30 * dayMs, now - dayMs).signedBy(ca).build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(expired, ca.certificate()).build().sslSocketFactory(), false);
        server.enqueue(new MockResponse().setBody(RSS));
        HandshakeCertificates trustCa = new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate()).build();
        try (HttpFetcher f = fetcher(settings(), b -> b.sslSocketFactory(trustCa.sslSocketFactory(), trustCa.trustManager()))) {
            Failed r = failed(f.fetch(FetchRequest.of(URI.create("https://127.0.0.1:" + server.getPort() + "/feed"))));
            assertThat(r.reason()).isEqualTo(FailureReason.TLS);
        }
    }

    @Test
    void httpsWithATrustedCertificateWorksThroughTheGuardedSockets() {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
        HeldCertificate cert = new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1").signedBy(ca).build();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(cert, ca.certificate()).build().sslSocketFactory(), false);
        server.enqueue(new MockResponse().setBody(RSS));
        HandshakeCertificates trustCa = new HandshakeCertificates.Builder().addTrustedCertificate(ca.certificate()).build();
        try (HttpFetcher f = fetcher(settings(), b -> b.sslSocketFactory(trustCa.sslSocketFactory(), trustCa.trustManager()))) {
            assertThat(f.fetch(FetchRequest.of(URI.create("https://127.0.0.1:" + server.getPort() + "/feed")))).isInstanceOf(Fresh.class);
        }
    }

    @Test
    void malformedStatusLineIsANetworkErrorThatQuotesNothing() {
        server.enqueue(new MockResponse().setStatus("SECRET-STATUS-LINE 42"));
        Failed r = failed(get("/feed"));
        assertThat(r.reason()).isEqualTo(FailureReason.NETWORK);
        assertThat(r.message()).doesNotContain("SECRET");
    }

    @Test
    void connectionRefusedIsANetworkError() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        try (HttpFetcher f = fetcher(settings().withAllowHosts(Set.of("127.0.0.1:" + port)), b -> {})) {
            Failed r = failed(f.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + port + "/feed"))));
            assertThat(r.reason()).isEqualTo(FailureReason.NETWORK);
            assertThat(r.message()).isEqualTo("connection refused");
        }
    }

    private static byte[] compressedZeros(long size, boolean deflate) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (var out = deflate ? new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_COMPRESSION)) : new GZIPOutputStream(bytes)) {
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] zlib(String s, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
