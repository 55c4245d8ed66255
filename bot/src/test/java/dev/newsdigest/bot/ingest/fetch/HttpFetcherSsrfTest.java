package dev.newsdigest.bot.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdigest.bot.ingest.fetch.FetchResult.Failed;
import dev.newsdigest.bot.ingest.fetch.FetchResult.Fresh;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The dial-time half of the SSRF guard (RELIABILITY S4–S8) against real servers on 127.0.0.1. The test server's
 * own {@code 127.0.0.1:port} is exempt through allowHosts; the targets the tests try to reach are not, so a
 * refusal proves the exemption is as narrow as one host and port. No test sends a packet off this machine: public
 * addresses only ever appear in scripted DNS answers that the guard refuses or that are never dialled.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpFetcherSsrfTest {
    private static final String RSS = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

    private MockWebServer server;   // the "public" feed host, exempt by host:port
    private MockWebServer internal; // an internal service on another loopback port, NOT exempt

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        internal = new MockWebServer();
        internal.start(InetAddress.getByName("127.0.0.1"), 0);
        internal.enqueue(new MockResponse().setBody("SECRET-ADMIN-PAGE"));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        internal.shutdown();
    }

    private FetchSettings settings() {
        return FetchSettings.defaults().withConnectTimeout(Duration.ofSeconds(1)).withDeadline(Duration.ofSeconds(3))
                .withAllowHosts(Set.of("127.0.0.1:" + server.getPort()));
    }

    private static HttpFetcher fetcher(FetchSettings settings, Dns dns) {
        return new HttpFetcher(settings, dns, Clock.systemUTC(), b -> {});
    }

    private static Failed failed(FetchResult r) {
        assertThat(r).isInstanceOf(Failed.class);
        return (Failed) r;
    }

    private FetchResult fetchThroughRedirectTo(String location) {
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", location));
        try (HttpFetcher f = fetcher(settings(), Dns.SYSTEM)) {
            return f.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + server.getPort() + "/feed")));
        }
    }

    @Test
    void s4_redirectToLoopbackIsRefusedAtTheHop() {
        Failed r = failed(fetchThroughRedirectTo("http://127.0.0.1:" + internal.getPort() + "/admin"));
        assertThat(r.reason()).isEqualTo(FailureReason.REFUSED);
        assertThat(r.message()).isEqualTo("refused: loopback (at redirect 1)");
        assertThat(internal.getRequestCount()).isZero();
    }

    @Test
    void s4_redirectToLocalhostByNameIsRefused() {
        Failed r = failed(fetchThroughRedirectTo("http://localhost:" + internal.getPort() + "/admin"));
        assertThat(r.reason()).isEqualTo(FailureReason.REFUSED);
        assertThat(internal.getRequestCount()).isZero();
    }

    @Test
    void s4_redirectToCloudMetadataIsRefused() {
        Failed r = failed(fetchThroughRedirectTo("http://169.254.169.254/latest/meta-data/"));
        assertThat(r.reason()).isEqualTo(FailureReason.REFUSED);
        assertThat(r.message()).startsWith("refused: link-local");
    }

    @Test
    void s4_redirectToAnOddSpellingOfLoopbackIsRefused() {
        assertThat(failed(fetchThroughRedirectTo("http://2130706433:" + internal.getPort() + "/")).reason()).isEqualTo(FailureReason.REFUSED);
        assertThat(internal.getRequestCount()).isZero();
    }

    @Test
    void s6_redirectToFileIsRefused() {
        Failed r = failed(fetchThroughRedirectTo("file:///etc/passwd"));
        assertThat(r.reason()).isEqualTo(FailureReason.REFUSED);
        assertThat(r.message()).doesNotContain("root:");
    }

    @Test
    void s6_nonHttpSchemesAreRefusedBeforeAnyConnection() {
        try (HttpFetcher f = fetcher(settings(), Dns.SYSTEM)) {
            for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1:70/", "jar:file:/x.jar!/a")) {
                Failed r = failed(f.fetch(FetchRequest.of(URI.create(url))));
                assertThat(r.reason()).as(url).isEqualTo(FailureReason.REFUSED);
            }
        }
    }

    @Test
    void s5_dnsRebindingIsRefusedAtConnect() throws Exception {
        // First answer (what an /addsource check sees) is public; every later one is loopback.
        AtomicInteger lookups = new AtomicInteger();
        Dns rebinding = host -> List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? "93.184.215.14" : "127.0.0.1"));
        String url = "http://feeds.example.org:" + internal.getPort() + "/feed";
        assertThat(new UrlPolicy(settings(), rebinding).check(url)).hasHost("feeds.example.org");
        try (HttpFetcher f = fetcher(settings(), rebinding)) {
            Failed r = failed(f.fetch(FetchRequest.of(URI.create(url))));
            assertThat(r.reason()).isEqualTo(FailureReason.REFUSED);
            assertThat(r.message()).isEqualTo("refused: loopback");
        }
        assertThat(lookups.get()).isGreaterThanOrEqualTo(2);
        assertThat(internal.getRequestCount()).isZero();
    }

    @Test
    void s5_everyResolvedAddressIsCheckedNotJustTheFirst() throws Exception {
        Dns mixed = host -> List.of(InetAddress.getByName("10.0.0.7"), InetAddress.getByName("127.0.0.1"));
        try (HttpFetcher f = fetcher(settings(), mixed)) {
            Failed r = failed(f.fetch(FetchRequest.of(URI.create("http://feeds.example.org:" + internal.getPort() + "/feed"))));
            assertThat(r.reason()).isEqualTo(FailureReason.REFUSED);
        }
        assertThat(internal.getRequestCount()).isZero();
    }

    @Test
    void s5_ipv4MappedIpv6AnswerIsRefused() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 127, 0, 0, 1};
        Dns dns = host -> List.of(InetAddress.getByAddress(mapped));
        try (HttpFetcher f = fetcher(settings(), dns)) {
            Failed r = failed(f.fetch(FetchRequest.of(URI.create("http://feeds.example.org:" + internal.getPort() + "/feed"))));
            assertThat(r.message()).isEqualTo("refused: loopback");
        }
        assertThat(internal.getRequestCount()).isZero();
    }

    @Test
    void s7_allowlistedHostNameWorksAndOnlyByTheNameItWasListedUnder() throws Exception {
        Dns dns = host -> List.of(InetAddress.getByName("127.0.0.1"));
        FetchSettings allowBridge = settings().withAllowHosts(Set.of("rss-bridge.local"));
        internal.enqueue(new MockResponse().setBody(RSS));
        try (HttpFetcher f = fetcher(allowBridge, dns)) {
            assertThat(f.fetch(FetchRequest.of(URI.create("http://rss-bridge.local:" + internal.getPort() + "/feed"))))
                    .isInstanceOf(Fresh.class);
            // Another name resolving to the same address gets no exemption.
            assertThat(failed(f.fetch(FetchRequest.of(URI.create("http://evil.example.org:" + internal.getPort() + "/")))).reason())
                    .isEqualTo(FailureReason.REFUSED);
        }
        try (HttpFetcher f = fetcher(settings(), dns)) {
            assertThat(failed(f.fetch(FetchRequest.of(URI.create("http://rss-bridge.local:" + internal.getPort() + "/feed")))).reason())
                    .isEqualTo(FailureReason.REFUSED);
        }
        assertThat(internal.getRequestCount()).isEqualTo(1);
    }

    @Test
    void s7_allowPrivateNetworksLetsEverythingThrough() throws Exception {
        internal.enqueue(new MockResponse().setBody(RSS));
        try (HttpFetcher f = fetcher(settings().withAllowHosts(Set.of()).withAllowPrivateNetworks(true), Dns.SYSTEM)) {
            FetchResult r = f.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + internal.getPort() + "/feed")));
            assertThat(r).isInstanceOf(Fresh.class);
        }
    }

    @Test
    void s2_allowPrivateNetworksStillNeverDialsCloudMetadata() throws Exception {
        // The name resolves to the metadata address; the guard refuses before any packet leaves.
        Dns metadata = host -> List.of(InetAddress.getByName("169.254.169.254"));
        try (HttpFetcher f = fetcher(settings().withAllowPrivateNetworks(true), metadata)) {
            Failed r = failed(f.fetch(FetchRequest.of(URI.create("http://feeds.example.org/latest/meta-data/"))));
            assertThat(r.reason()).isEqualTo(FailureReason.REFUSED);
            assertThat(r.message()).startsWith("refused: link-local");
            Failed literal = failed(f.fetch(FetchRequest.of(URI.create("http://169.254.169.254/latest/meta-data/"))));
            assertThat(literal.reason()).isEqualTo(FailureReason.REFUSED);
        }
    }

    @Test
    void s7_configuredProxyIsATrustedHopAndNamesAreNotResolvedLocally() throws Exception {
        server.enqueue(new MockResponse().setBody(RSS));
        Dns noLocalDns = host -> {
            throw new UnknownHostException("the proxy resolves names, not us: " + host);
        };
        FetchSettings viaProxy = FetchSettings.defaults().withDeadline(Duration.ofSeconds(3))
                .withProxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", server.getPort())));
        try (HttpFetcher f = fetcher(viaProxy, noLocalDns)) {
            FetchResult r = f.fetch(FetchRequest.of(URI.create("http://feeds.example.org/rss")));
            assertThat(r).isInstanceOf(Fresh.class);
            // Literal private targets are still refused before reaching the proxy.
            assertThat(failed(f.fetch(FetchRequest.of(URI.create("http://169.254.169.254/")))).reason()).isEqualTo(FailureReason.REFUSED);
        }
        RecordedRequest req = server.takeRequest();
        assertThat(req.getRequestLine()).isEqualTo("GET http://feeds.example.org/rss HTTP/1.1");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void s8_refusalsAndErrorsNeverCarryTheResponseBody() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("SECRET-ADMIN-PAGE"));
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "http://127.0.0.1:" + internal.getPort() + "/"));
        try (HttpFetcher f = fetcher(settings(), Dns.SYSTEM)) {
            for (int i = 0; i < 2; i++) {
                Failed r = failed(f.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + server.getPort() + "/x"))));
                assertThat(r.message()).doesNotContain("SECRET");
            }
        }
        assertThat(internal.getRequestCount()).isZero();
    }

    @Test
    void s5_guardedSocketsRefuseToDialPrivateAddressesDirectly() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            listener.setSoTimeout(300);
            GuardedSocketFactory sockets = new GuardedSocketFactory(new NetworkGuard(FetchSettings.defaults()));
            assertThatThrownBy(() -> sockets.createSocket("127.0.0.1", listener.getLocalPort()))
                    .isInstanceOf(RefusedAddressException.class).hasMessage("refused: loopback");
            try (Socket unconnected = sockets.createSocket()) {
                assertThatThrownBy(() -> unconnected.connect(new InetSocketAddress(InetAddress.getByName("::ffff:127.0.0.1"), listener.getLocalPort())))
                        .isInstanceOf(RefusedAddressException.class);
                assertThatThrownBy(() -> unconnected.connect(InetSocketAddress.createUnresolved("feeds.example.org", 80)))
                        .isInstanceOf(RefusedAddressException.class).hasMessage("refused: unresolved address");
            }
            List<Socket> accepted = new ArrayList<>();
            try {
                accepted.add(listener.accept());
            } catch (java.net.SocketTimeoutException expected) {
                // nothing connected: the guard refused before any SYN was sent
            }
            assertThat(accepted).isEmpty();
        }
    }

    @Test
    void s8_internalUrlThatWouldReturnDataIsRefusedWithOnlyTheClassification() {
        try (HttpFetcher f = fetcher(settings(), Dns.SYSTEM)) {
            Failed r = failed(f.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + internal.getPort() + "/"))));
            assertThat(r.message()).isEqualTo("refused: loopback");
            assertThat(new String(r.message().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).doesNotContain("SECRET");
        }
        assertThat(internal.getRequestCount()).isZero();
    }
}
