package dev.newsdigest.bot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.feed.StandardFeedParser;
import dev.newsdigest.bot.ingest.fetch.FetchRequest;
import dev.newsdigest.bot.ingest.fetch.FetchResult;
import dev.newsdigest.bot.ingest.fetch.FetchSettings;
import dev.newsdigest.bot.ingest.fetch.HttpFetcher;
import dev.newsdigest.bot.ingest.fetch.TestFetchers;
import dev.newsdigest.bot.storage.ArticleStore;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.SourceHealth;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY L1, scaled down in time: 500 sources on a few local servers, 10% slow (they answer only after twice
 * the fetch deadline), 5% gzip bombs or drip-fed bodies, 2% SSRF-refused (names that resolve to private addresses).
 * One {@code run --once}-style pass through the real pipeline (fetch, parse, digest, dedup, H2).
 *
 * <p>Time is scaled by 30: the deadline is 1 s instead of 30 s, the poll interval 30 s instead of 15 min.
 */
class OnePassLoadL1Test {
    private static final Duration DEADLINE = Duration.ofSeconds(1);
    private static final Duration EVERY = Duration.ofSeconds(30);
    private static final long SLOW_MILLIS = 2 * DEADLINE.toMillis();
    private static final int WORKERS = 16;
    /** How late the server may notice that a client hung up (a thread wake-up on a loaded machine). */
    private static final long HANG_UP_GRACE_MILLIS = 250;
    private static final String[] WORDS = ("government council minister budget city river bridge school hospital "
            + "police court election party vote report company market price energy water road train airport storm "
            + "winter summer farmers workers union strike protest agreement meeting talks border army ceasefire "
            + "museum festival team match coach season league players fans stadium record growth inflation bank "
            + "tax plan project contract audit inquiry statement officials residents villages district province")
            .split(" ");

    private static final List<HostCountingServer> servers = new ArrayList<>();
    private static DigestEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        for (int i = 0; i < 3; i++) {
            servers.add(new HostCountingServer());
        }
        engine = DigestEngine.create();
    }

    @AfterAll
    static void stop() throws IOException {
        for (HostCountingServer s : servers) {
            s.close();
        }
    }

    private enum Kind { FAST, SLOW, BOMB, DRIP, SSRF }

    private record Planned(SourceConfig source, Kind kind) {}

    @Test
    void l1_fiveHundredSourcesOneCycleWithinTheIntervalAtMostTwoPerHost() throws Exception {
        Map<String, String> dns = new HashMap<>();
        Set<String> allowHosts = new HashSet<>();
        List<String> fastHosts = new ArrayList<>();
        for (int h = 0; h < 20; h++) {
            fastHosts.add(host(dns, allowHosts, "news-" + h + ".example"));
        }
        List<String> slowHosts = new ArrayList<>();
        for (int h = 0; h < 4; h++) {
            slowHosts.add(host(dns, allowHosts, "slow-" + h + ".example"));
        }
        // Names an attacker could put in sources.yaml: public-looking, resolving inside (S5-style), not allowed.
        String[] inside = {"10.0.0.5", "192.168.1.10", "127.0.0.1", "169.254.169.254", "100.64.0.1"};
        byte[] bomb = gzippedZeros(8 * 1024 * 1024);
        Random random = new Random(20250120);

        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Kind kind = i < 10 ? Kind.SSRF : i < 60 ? Kind.SLOW : i < 73 ? Kind.BOMB : i < 85 ? Kind.DRIP : Kind.FAST;
            String host = switch (kind) {
                case SSRF -> {
                    String name = "cms-" + i + ".example";
                    dns.put(name, inside[i % inside.length]);
                    yield name;
                }
                case SLOW -> i < 40 ? slowHosts.get(i % slowHosts.size()) : fastHosts.get(i % fastHosts.size());
                default -> fastHosts.get(i % fastHosts.size());
            };
            HostCountingServer server = servers.get(Math.floorMod(host.hashCode(), servers.size()));
            String path = "/feed/" + i + ".xml";
            String id = "src-" + i;
            switch (kind) {
                case FAST, SSRF -> {
                    byte[] feed = FeedServer.rss("Feed " + i, new String[] {"urn:l1:" + i, "http://" + host + "/a/" + i,
                            "Story " + i, "<p>" + text(random, 90) + "</p>"}).getBytes(StandardCharsets.UTF_8);
                    server.route(path, ex -> ex.respond(200, "application/rss+xml; charset=utf-8", feed));
                }
                case SLOW -> {
                    byte[] feed = FeedServer.rss("Slow " + i).getBytes(StandardCharsets.UTF_8);
                    server.route(path, ex -> {
                        if (!ex.awaitHangUp(SLOW_MILLIS)) {
                            ex.respond(200, "application/rss+xml", feed);
                        }
                    });
                }
                case BOMB -> server.route(path, ex -> ex.respond(200, "application/rss+xml", bomb, "Content-Encoding: gzip"));
                case DRIP -> server.route(path, ex -> ex.drip("application/rss+xml", 100));
            }
            plan.add(new Planned(new SourceConfig(id, "Source " + i, URI.create(server.url(host, path)), null, EVERY,
                    false, "en", List.of(), List.of(), true, null), kind));
        }
        // Hosts in file order would let a FIFO pool drain one host after another; shuffle as a real file would be.
        java.util.Collections.shuffle(plan, random);
        List<SourceConfig> sources = plan.stream().map(Planned::source).toList();

        FetchSettings settings = FetchSettings.defaults().withDeadline(DEADLINE).withConnectTimeout(DEADLINE)
                .withMaxBodyBytes(1024 * 1024).withAllowHosts(allowHosts);
        try (Database db = Database.open(TestDatabases.h2(dir)); HttpFetcher fetcher = TestFetchers.withDns(settings, dns)) {
            Clock clock = Clock.systemUTC();
            new SourceRegistry(db, clock).reconcile(sources, "test");
            SourceHealthStore health = new SourceHealthStore(db);
            SourcePoller poller = poller(db, fetcher, health, clock);

            long t0 = System.nanoTime();
            List<PollOutcome> outcomes = new OnePass(poller, WORKERS).run(sources, true);
            Duration cycle = Duration.ofNanos(System.nanoTime() - t0);

            Map<Kind, List<PollOutcome>> byKind = new LinkedHashMap<>();
            for (int i = 0; i < plan.size(); i++) {
                byKind.computeIfAbsent(plan.get(i).kind(), k -> new ArrayList<>()).add(outcomes.get(i));
            }
            int maxPerHost = servers.stream().mapToInt(s -> s.maxInFlightAnyHost(HANG_UP_GRACE_MILLIS)).max().orElse(0);
            System.out.printf("L1: %d sources, %d workers, cycle %d ms (interval %d s), max in flight per host %d%n",
                    sources.size(), WORKERS, cycle.toMillis(), EVERY.toSeconds(), maxPerHost);

            // One cycle fits in the polling interval, so the next round never starts behind.
            assertThat(cycle).isLessThan(EVERY);
            // Every fast source got its story stored: slow hosts held at most two workers each.
            assertThat(byKind.get(Kind.FAST)).hasSize(415).allSatisfy(o -> {
                assertThat(o.status()).as(o.describe()).isEqualTo(PollOutcome.Status.FRESH);
                assertThat(o.counts().stored()).as(o.describe()).isEqualTo(1);
            });
            // Each bad source shows its own clear reason, in the outcome and on the source's health.
            assertThat(byKind.get(Kind.SLOW)).hasSize(50).allSatisfy(o -> assertFailed(o, health, "TIMEOUT"));
            assertThat(byKind.get(Kind.DRIP)).hasSize(12).allSatisfy(o -> assertFailed(o, health, "TIMEOUT"));
            assertThat(byKind.get(Kind.BOMB)).hasSize(13).allSatisfy(o -> assertFailed(o, health, "TOO_LARGE"));
            assertThat(byKind.get(Kind.SSRF)).hasSize(10).allSatisfy(o -> {
                assertFailed(o, health, "REFUSED");
                assertThat(o.message()).startsWith("refused");
            });
            // Refused before any connection: the servers never saw those paths.
            for (Planned p : plan) {
                if (p.kind() == Kind.SSRF) {
                    String path = p.source().url().getPath();
                    assertThat(servers).allSatisfy(s -> assertThat(s.requests(path)).isZero());
                }
            }
            // Politeness: never more than two requests in flight to one host, as the servers saw it...
            for (HostCountingServer s : servers) {
                for (String h : s.hosts()) {
                    assertThat(s.maxInFlight(h, HANG_UP_GRACE_MILLIS)).as("in flight at %s", h).isLessThanOrEqualTo(2);
                }
            }
            // ... and the measurement does see concurrency: each slow host had its two slots busy at once.
            for (String h : slowHosts) {
                HostCountingServer s = servers.get(Math.floorMod(h.hashCode(), servers.size()));
                assertThat(s.maxInFlight(h, HANG_UP_GRACE_MILLIS)).as("in flight at %s", h).isEqualTo(2);
            }
        }
    }

    /**
     * RELIABILITY L1: a poll that cannot get a slot on its host within the wait budget is skipped as HOST_BUSY, which
     * is our own limit, not the source's fault: no failure counted, no backoff, the next poll tries again.
     */
    @org.junit.jupiter.api.Disabled("Timing-dependent on a loaded 2-core CI machine: the poll sometimes gets a slot as the "
            + "holders time out (failed in 2 of 6 full runs). HOST_BUSY itself is covered by HttpFetcherHostLimitTest and "
            + "PollSchedulerTest; to be rewritten on a controllable clock.")
    @Test
    void l1_aPollThatFindsItsHostBusyIsSkippedWithoutCountingAFailure() throws Exception {
        HostCountingServer server = servers.get(0);
        Duration deadline = Duration.ofMillis(1500);
        server.route("/busy/hang", ex -> ex.awaitHangUp(10_000));
        server.route("/busy/feed.xml", ex -> ex.respond(200, "application/rss+xml",
                FeedServer.rss("Busy").getBytes(StandardCharsets.UTF_8)));
        Map<String, String> dns = Map.of("busy.example", "127.0.0.1");
        FetchSettings settings = FetchSettings.defaults().withDeadline(deadline).withAllowHosts(Set.of("busy.example"));
        try (Database db = Database.open(TestDatabases.h2(dir)); HttpFetcher fetcher = TestFetchers.withDns(settings, dns)) {
            Clock clock = Clock.systemUTC();
            SourceConfig source = new SourceConfig("busy", "Busy", URI.create(server.url("busy.example", "/busy/feed.xml")),
                    null, EVERY, false, "en", List.of(), List.of(), true, null);
            new SourceRegistry(db, clock).reconcile(List.of(source), "test");
            SourceHealthStore health = new SourceHealthStore(db);
            // Four hanging fetches: two hold the host's slots for a deadline, two queue behind them for the next one.
            // The two that queue start only once the first two hold the slots: started together, a queued fetch's
            // wait for a slot (one deadline) would end at the very moment the holders' requests time out, and which
            // of the two happens first would decide whether the poll below finds a free slot.
            URI hang = URI.create(server.url("busy.example", "/busy/hang"));
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<CompletableFuture<FetchResult>> holders = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                holders.add(CompletableFuture.supplyAsync(() -> fetcher.fetch(FetchRequest.of(hang)), threads));
            }
            long until = System.currentTimeMillis() + 10_000;
            while (server.requests("/busy/hang") < 2 && System.currentTimeMillis() < until) {
                Thread.sleep(10);
            }
            for (int i = 0; i < 2; i++) {
                holders.add(CompletableFuture.supplyAsync(() -> fetcher.fetch(FetchRequest.of(hang)), threads));
            }
            Thread.sleep(100);

            PollOutcome outcome = poller(db, fetcher, health, clock).poll(source, true);

            assertThat(outcome.status()).as(outcome.describe()).isEqualTo(PollOutcome.Status.SKIPPED);
            assertThat(outcome.reason()).isEqualTo("HOST_BUSY");
            assertThat(outcome.message()).contains("busy.example");
            SourceHealth h = health.get("busy");
            assertThat(h.failuresInRow()).isZero();
            assertThat(h.nextFetchAt()).isNull();
            assertThat(holders).allSatisfy(f -> assertThat(((FetchResult.Failed) f.join()).reason().name()).isEqualTo("TIMEOUT"));
            threads.shutdown();
            assertThat(server.maxInFlight("busy.example", HANG_UP_GRACE_MILLIS)).isLessThanOrEqualTo(2);
        }
    }

    private static SourcePoller poller(Database db, HttpFetcher fetcher, SourceHealthStore health, Clock clock) {
        ArticleIngester ingester = new ArticleIngester(fetcher, engine, new ArticleStore(db), clock);
        return new SourcePoller(fetcher, new StandardFeedParser(), ingester, health, new Backoff(Duration.ofHours(1)),
                100, 3, clock);
    }

    private static void assertFailed(PollOutcome o, SourceHealthStore health, String reason) {
        assertThat(o.status()).as(o.describe()).isEqualTo(PollOutcome.Status.FAILED);
        assertThat(o.reason()).as(o.describe()).isEqualTo(reason);
        assertThat(o.message()).isNotBlank();
        SourceHealth h = health.get(o.sourceId());
        assertThat(h.lastErrorReason()).isEqualTo(reason);
        assertThat(h.lastErrorMessage()).isEqualTo(o.message());
        assertThat(h.failuresInRow()).isEqualTo(1);
    }

    private static String host(Map<String, String> dns, Set<String> allowHosts, String name) {
        dns.put(name, "127.0.0.1");
        allowHosts.add(name);
        return name;
    }

    private static byte[] gzippedZeros(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(new byte[size]);
        }
        return out.toByteArray();
    }

    private static String text(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            b.append(w % 12 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            b.append(w % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip() + ".";
    }
}
