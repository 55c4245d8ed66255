package dev.newsdigest.bot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.feed.StandardFeedParser;
import dev.newsdigest.bot.ingest.fetch.FailureReason;
import dev.newsdigest.bot.ingest.fetch.FetchSettings;
import dev.newsdigest.bot.ingest.fetch.HttpFetcher;
import dev.newsdigest.bot.ingest.fetch.TestFetchers;
import dev.newsdigest.bot.storage.ArticleStore;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.SourceHealthStore;
import dev.newsdigest.bot.storage.SourceRegistry;
import dev.newsdigest.bot.testing.FeedServer;
import dev.newsdigest.bot.testing.HostCountingServer;
import dev.newsdigest.bot.testing.TestDatabases;
import dev.newsdigest.digest.DigestEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY L3, ingest side: many polls through a server that injects faults at random (latency, resets, cut
 * bodies, garbage, hangs, drips, gzip bombs, 5xx, 304s). Afterwards threads and open file descriptors are back near
 * their level after the first round (no growth with the number of polls), no connection is held by a forgotten
 * response, every client socket is closed once the fetcher is, and every outcome carries a classified reason.
 *
 * <p>A few seconds by default; {@code -Dnewsdigest.soak.seconds=600} runs the long variant.
 */
class IngestSoakL3Test {
    private static final int SOURCES = 30;
    private static final Duration DEADLINE = Duration.ofMillis(700);
    /** OkHttp keeps up to this many idle connections (HttpFetcher's pool); each is two descriptors here. */
    private static final int POOL_IDLE_MAX = 8;

    @TempDir
    Path dir;

    private enum Fault { OK, NOT_MODIFIED, RESET, TRUNCATED, GARBAGE, HANG, DRIP, BOMB, SERVER_ERROR }

    @Test
    void l3_soakThroughRandomFaultsLeaksNoThreadsDescriptorsOrConnections() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc/self/fd (Linux) to count descriptors");
        long soakMillis = Long.getLong("newsdigest.soak.seconds", 4) * 1000;
        Random random = new Random(31337);
        byte[] bomb = gzippedZeros(4 * 1024 * 1024);
        Map<Fault, Integer> injected = new TreeMap<>();
        Map<String, String> dns = new HashMap<>();
        Set<String> allow = new HashSet<>();
        for (int h = 0; h < 6; h++) {
            dns.put("soak-" + h + ".example", "127.0.0.1");
            allow.add("soak-" + h + ".example");
        }
        FetchSettings settings = FetchSettings.defaults().withDeadline(DEADLINE).withConnectTimeout(DEADLINE)
                .withMaxBodyBytes(512 * 1024).withAllowHosts(allow);

        try (HostCountingServer server = new HostCountingServer();
             Database db = Database.open(TestDatabases.h2(dir))) {
            List<SourceConfig> sources = new ArrayList<>();
            for (int i = 0; i < SOURCES; i++) {
                String path = "/soak/" + i + ".xml";
                byte[] feed = FeedServer.rss("Soak " + i, new String[] {"urn:l3:" + i, "http://soak.example/" + i,
                        "Soak story " + i, "<p>Residents of district " + i + " met the council about the river road. "
                        + "\"We need the bridge repaired before winter,\" said the district spokesman.</p>"})
                        .getBytes(StandardCharsets.UTF_8);
                String etag = "\"v" + i + "\"";
                server.route(path, ex -> {
                    Fault fault;
                    int latency;
                    synchronized (random) {
                        fault = pick(random);
                        latency = random.nextInt(120);
                        injected.merge(fault, 1, Integer::sum);
                    }
                    Thread.sleep(latency);
                    switch (fault) {
                        case OK -> ex.respond(200, "application/rss+xml", feed, "ETag: " + etag);
                        case NOT_MODIFIED -> {
                            if (etag.equals(ex.header("If-None-Match"))) {
                                ex.respond(304, null, new byte[0], "ETag: " + etag);
                            } else {
                                ex.respond(200, "application/rss+xml", feed, "ETag: " + etag);
                            }
                        }
                        case RESET -> ex.reset();
                        case TRUNCATED -> ex.truncate("application/rss+xml", feed, feed.length / 2);
                        case GARBAGE -> ex.garbageThenClose();
                        case HANG -> ex.awaitHangUp(10_000);
                        case DRIP -> ex.drip("application/rss+xml", 50);
                        case BOMB -> ex.respond(200, "application/rss+xml", bomb, "Content-Encoding: gzip");
                        case SERVER_ERROR -> ex.respond(500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
                    }
                });
                sources.add(new SourceConfig("soak-" + i, "Soak " + i,
                        URI.create(server.url("soak-" + (i % 6) + ".example", path)), null, Duration.ofMinutes(10),
                        false, "en", List.of(), List.of(), true, null));
            }
            Clock clock = Clock.systemUTC();
            new SourceRegistry(db, clock).reconcile(sources, "test");
            SourceHealthStore health = new SourceHealthStore(db);
            HttpFetcher fetcher = TestFetchers.withDns(settings, dns);
            ArticleIngester ingester = new ArticleIngester(fetcher, DigestEngine.create(), new ArticleStore(db), clock);
            SourcePoller poller = new SourcePoller(fetcher, new StandardFeedParser(), ingester, health,
                    new Backoff(Duration.ofHours(1)), 100, 3, clock);
            OnePass pass = new OnePass(poller, 8);

            // Round one warms up everything that is created once (pools, watchdog threads, the engine's caches).
            List<PollOutcome> all = new ArrayList<>(pass.run(sources, false));
            int threadsBefore = threads();
            int fdsBefore = descriptors();

            long until = System.currentTimeMillis() + soakMillis;
            int rounds = 1;
            while (System.currentTimeMillis() < until) {
                all.addAll(pass.run(sources, false));   // backoff ignored: every source is fetched every round
                rounds++;
            }
            System.out.printf("L3 ingest soak: %d rounds, %d polls, faults %s, threads %d, fds %d%n",
                    rounds, all.size(), injected, threadsBefore, fdsBefore);

            // Every poll ended with a classified outcome: no INTERNAL (an escaped exception), no STORAGE error.
            Set<String> known = EnumSet.allOf(FailureReason.class).stream().map(Enum::name).collect(Collectors.toSet());
            assertThat(all).allSatisfy(o -> {
                if (o.status() == PollOutcome.Status.FAILED) {
                    assertThat(known).as(o.describe()).contains(o.reason());
                }
            });
            assertThat(all).extracting(PollOutcome::status).contains(PollOutcome.Status.FRESH, PollOutcome.Status.FAILED);
            assertThat(injected.keySet()).containsAll(EnumSet.allOf(Fault.class));

            // No response left open: with nothing running, no connection is held by a call.
            awaitAtMost(() -> TestFetchers.connectionsInUse(fetcher), 0, "connections held by a call");
            // Threads and descriptors do not grow with the number of polls (bounded by the idle pool).
            awaitAtMost(IngestSoakL3Test::threads, threadsBefore + 4, "threads");
            awaitAtMost(IngestSoakL3Test::descriptors, fdsBefore + 2 * POOL_IDLE_MAX + 8, "open descriptors");

            fetcher.close();
            // Closing the fetcher closes every socket it had: the server sees no client connection left.
            awaitAtMost(server::openConnections, 0, "client connections still open at the server");
        }
    }

    private static Fault pick(Random random) {
        int r = random.nextInt(100);
        return r < 35 ? Fault.OK : r < 50 ? Fault.NOT_MODIFIED : r < 58 ? Fault.RESET : r < 66 ? Fault.TRUNCATED
                : r < 72 ? Fault.GARBAGE : r < 80 ? Fault.HANG : r < 85 ? Fault.DRIP : r < 90 ? Fault.BOMB
                : Fault.SERVER_ERROR;
    }

    /** Waits up to 10 s for {@code value} to come down to {@code max} (pools wind down asynchronously). */
    static void awaitAtMost(IntSupplier value, int max, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        int v = value.getAsInt();
        while (v > max && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            v = value.getAsInt();
        }
        assertThat(v).as(what).isLessThanOrEqualTo(max);
    }

    /** Live threads, without the test server's own (its pool keeps idle threads for a minute). */
    static int threads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> !t.getName().startsWith("host-counting"))
                .count();
    }

    static int descriptors() {
        String[] fds = Path.of("/proc/self/fd").toFile().list();
        return fds == null ? -1 : fds.length;
    }

    private static byte[] gzippedZeros(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(new byte[size]);
        }
        return out.toByteArray();
    }
}
