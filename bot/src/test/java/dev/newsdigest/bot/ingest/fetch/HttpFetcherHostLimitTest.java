package dev.newsdigest.bot.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.testing.HostCountingServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY L1 at the fetcher, where every request passes (feeds from the scheduler or {@code run --once}, article
 * pages, redirects): many threads at once, one host, never more than two requests in flight.
 */
class HttpFetcherHostLimitTest {
    private static final byte[] BODY = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private HostCountingServer server;
    private ExecutorService threads;

    @BeforeEach
    void start() throws Exception {
        server = new HostCountingServer();
        threads = Executors.newFixedThreadPool(10);
    }

    @AfterEach
    void stop() throws Exception {
        threads.shutdownNow();
        server.close();
    }

    private HttpFetcher fetcher(Duration deadline) {
        FetchSettings settings = FetchSettings.defaults().withDeadline(deadline)
                .withAllowHosts(Set.of("one.example", "two.example"));
        return TestFetchers.withDns(settings, Map.of("one.example", "127.0.0.1", "two.example", "127.0.0.1"));
    }

    @Test
    void l1_eightThreadsOnOneHostNeverHaveMoreThanTwoRequestsInFlight() throws Exception {
        server.route("/slow", ex -> {
            Thread.sleep(500);
            ex.respond(200, "application/rss+xml", BODY);
        });
        server.route("/fast", ex -> ex.respond(200, "application/rss+xml", BODY));
        try (HttpFetcher fetcher = fetcher(Duration.ofSeconds(10))) {
            List<Future<FetchResult>> slow = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                slow.add(threads.submit(() -> fetcher.fetch(FetchRequest.of(URI.create(server.url("one.example", "/slow"))))));
            }
            // Another host is not held up by the queue at one.example.
            Future<FetchResult> other = threads.submit(() -> fetcher.fetch(FetchRequest.of(URI.create(server.url("two.example", "/fast")))));
            assertThat(other.get()).isInstanceOf(FetchResult.Fresh.class);
            assertThat(slow.get(0).isDone() && slow.get(7).isDone()).isFalse();
            for (Future<FetchResult> f : slow) {
                assertThat(f.get()).isInstanceOf(FetchResult.Fresh.class);
            }
        }
        assertThat(server.requests("/slow")).isEqualTo(8);
        // Exactly two: the limit holds, and the fetcher does use both slots.
        assertThat(server.maxInFlight("one.example", 0)).isEqualTo(2);
    }

    /**
     * Waiting for a slot has its own budget of one deadline: a fetch queued behind two hanging requests ends as
     * HOST_BUSY instead of holding its worker; the ones that got a slot still had their whole deadline.
     */
    @Test
    void l1_waitingForABusyHostIsBoundedAndEndsAsHostBusy() throws Exception {
        server.route("/hang", ex -> ex.awaitHangUp(30_000));
        Duration deadline = Duration.ofMillis(600);
        List<Future<FetchResult>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        try (HttpFetcher fetcher = fetcher(deadline)) {
            for (int i = 0; i < 6; i++) {
                results.add(threads.submit(() -> fetcher.fetch(FetchRequest.of(URI.create(server.url("one.example", "/hang"))))));
            }
            int timeouts = 0, busy = 0;
            for (Future<FetchResult> f : results) {
                FetchResult.Failed failed = (FetchResult.Failed) f.get();
                if (failed.reason() == FailureReason.HOST_BUSY) {
                    busy++;
                    assertThat(failed.message()).startsWith("host busy").contains("one.example");
                } else {
                    assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT);
                    timeouts++;
                }
            }
            // Six hanging requests, two slots, a deadline each and a wait budget of one deadline: two time out at
            // once, two get the freed slots and time out a deadline later, the rest give up waiting.
            assertThat(timeouts).isGreaterThanOrEqualTo(2);
            assertThat(busy).isGreaterThanOrEqualTo(1);
        }
        // No worker was held for more than two deadlines (plus scheduling slack).
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(deadline.multipliedBy(2).plusSeconds(2));
        assertThat(server.maxInFlight("one.example", 250)).isLessThanOrEqualTo(2);
    }
}
