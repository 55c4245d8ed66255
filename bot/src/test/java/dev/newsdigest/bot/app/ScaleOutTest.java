package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.cluster.InstanceId;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.delivery.OutboxStatus;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.JdbcOutbox;
import dev.newsdigest.bot.storage.LeaseStore;
import dev.newsdigest.bot.testing.ChildJvm;
import dev.newsdigest.bot.testing.FeedServer;
import dev.newsdigest.bot.testing.TestDatabases;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 end to end: three {@code newsdigest run} JVMs, clustered on one PostgreSQL, one fake Telegram that
 * enforces the Bot API limits, local feeds on 127.0.0.1. One instance is SIGKILLed while it fetches an article page
 * (RELIABILITY C4): another recovers its poll. Every article is stored once, every post is delivered once, in order,
 * with no 429; the survivors' {@code /healthz} and {@code /metrics} answer; a command sent by long polling is
 * answered once (one poller for the bot); SIGTERM stops a survivor cleanly and releases its leases (C6).
 */
class ScaleOutTest {
    static final int INSTANCES = 3;
    static final int FEEDS = 3;
    static final int PER_FEED = 4;
    /** Every feed's items plus the two of the feed whose second page hangs. */
    static final int STORIES = FEEDS * PER_FEED + 2;
    static final int CHATS = 4;
    static final String[] CITIES = {"Lisbon", "Porto", "Braga", "Faro", "Evora", "Coimbra", "Aveiro", "Leiria",
            "Viseu", "Tomar", "Sintra", "Cascais", "Obidos", "Nazare"};
    static final String[] NAMES = {"Ana Ribeiro", "Tomas Varela", "Ines Moura", "Rui Falcao", "Clara Sousa",
            "Pedro Antunes", "Marta Leal", "Jorge Pinto", "Sofia Nunes", "Luis Coelho", "Rita Abreu", "Hugo Matos",
            "Vera Lopes", "Nuno Prata"};

    @TempDir
    Path dir;

    @Test
    void c4ThreeInstancesOneKilledMidPollEverythingStoredOnceAndDeliveredOnce() throws Exception {
        assumeTrue(IngestPorts.available(), "needs the HTTP fetcher and feed parser");
        StorageConfig storage = TestDatabases.postgres();
        ObjectMapper json = new ObjectMapper();
        try (FeedServer feeds = new FeedServer(); FakeTelegramServer telegram = new FakeTelegramServer();
             Database db = Database.open(storage)) {
            FakeTelegramServer.Limits limits = telegram.enforceLimits();
            CountDownLatch hung = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            String[] hungBy = new String[1];
            StringBuilder sources = new StringBuilder("sources:\n");
            int story = 0;
            for (int f = 0; f <= FEEDS; f++) {
                boolean slow = f == FEEDS;
                List<String[]> items = new ArrayList<>();
                for (int i = 0; i < (slow ? 2 : PER_FEED); i++, story++) {
                    String path = "/f" + f + "/a" + i;
                    String body = article(story);
                    items.add(new String[] {"urn:scale:" + f + ":" + i, feeds.url(path), "Plan " + story + " for "
                            + CITIES[story % CITIES.length], body});
                    boolean hangs = slow && i == 1;
                    feeds.route(path, ex -> {
                        if (hangs && hung.getCount() > 0) {
                            hungBy[0] = ex.getRequestHeaders().getFirst("User-Agent");
                            hung.countDown();
                            release.await(90, TimeUnit.SECONDS); // the instance fetching this is killed meanwhile
                            return;
                        }
                        FeedServer.send(ex, 200, "text/html; charset=utf-8", "<html><head><title>Plan</title></head>"
                                + "<body><article>" + body + "</article></body></html>");
                    });
                }
                // Published now: routing posts only stories of the last day.
                feeds.feed("/feed" + f + ".xml", FeedServer.rss("Feed " + f, items.toArray(new String[0][]))
                        .replace("Mon, 20 Jan 2025 10:00:00 GMT", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                ZonedDateTime.now(ZoneOffset.UTC))));
                sources.append("  - id: feed").append(f).append("\n    url: ").append(feeds.url("/feed" + f + ".xml"))
                        .append("\n    every: 10m\n    language: en\n").append(slow ? "    fullText: true\n" : "");
            }
            ChatStore chats = new ChatStore(db.dataSource(), Clock.systemUTC());
            for (int c = 0; c < CHATS; c++) {
                chats.add(chat(c), Subscription.all());
            }

            List<Process> children = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            int[] ports = new int[INSTANCES];
            try {
                for (int i = 0; i < INSTANCES; i++) {
                    ports[i] = freePort();
                    Path config = writeConfig(i, storage, telegram, ports[i], sources.toString());
                    Path log = dir.resolve("instance-" + i + ".log");
                    logs.add(log);
                    children.add(ChildJvm.start(Main.class, log, "run", "--config", config.toString()));
                }
                // One instance fetches the hanging page: SIGKILL it mid-poll.
                assertThat(hung.await(120, TimeUnit.SECONDS)).as(ChildJvm.tail(logs.get(0))).isTrue();
                int victim = Integer.parseInt(hungBy[0].substring(hungBy[0].lastIndexOf('-') + 1));
                children.get(victim).destroyForcibly().waitFor();
                release.countDown();
                int survivor = (victim + 1) % INSTANCES;
                List<Integer> survivors = new ArrayList<>();
                for (int i = 0; i < INSTANCES; i++) {
                    if (i != victim) {
                        survivors.add(i);
                    }
                }

                JdbcOutbox outbox = new JdbcOutbox(db.dataSource());
                ChildJvm.waitFor(() -> count(db, "SELECT COUNT(*) FROM articles") == STORIES,
                        Duration.ofSeconds(120), children.get(survivor), logs.get(survivor));
                ChildJvm.waitFor(() -> {
                    Map<OutboxStatus, Long> n = outbox.counts();
                    return n.get(OutboxStatus.SENT) + n.get(OutboxStatus.IN_DOUBT) == (long) STORIES * CHATS
                            && n.get(OutboxStatus.PENDING) + n.get(OutboxStatus.SENDING) == 0;
                }, Duration.ofSeconds(120), children.get(survivor), logs.get(survivor));

                // Each fire ran on one instance: every feed was fetched once, except the polls the victim was
                // running when it died, which another instance ran again (at most its two workers' worth).
                List<Integer> fetches = new ArrayList<>();
                for (int f = 0; f <= FEEDS; f++) {
                    fetches.add(feeds.requests("/feed" + f + ".xml"));
                }
                assertThat(fetches).as("feed fetches").allMatch(n -> n == 1 || n == 2);
                assertThat(fetches.stream().filter(n -> n == 2).count()).as("polls recovered").isBetween(1L, 2L);
                assertThat(fetches.get(FEEDS)).as("the poll cut by the kill ran again").isEqualTo(2);

                // The dead instance's fired triggers were cleaned up and no trigger is left BLOCKED (C4, quartz#93).
                ChildJvm.waitFor(() -> count(db, "SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS") == 0
                        && count(db, "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_STATE <> 'WAITING'") == 0,
                        Duration.ofSeconds(30), children.get(survivor), logs.get(survivor));
                assertThat(count(db, "SELECT COUNT(*) FROM QRTZ_TRIGGERS")).isEqualTo(FEEDS + 1);

                // Stored once: every article, digest and source link exactly once.
                assertThat(count(db, "SELECT COUNT(DISTINCT url_hash) FROM articles")).isEqualTo(STORIES);
                assertThat(count(db, "SELECT COUNT(*) FROM digests")).isEqualTo(STORIES);
                assertThat(count(db, "SELECT COUNT(*) FROM article_sources")).isEqualTo(STORIES);
                assertThat(count(db, "SELECT COUNT(*) FROM quotes")).as("quotes stored").isPositive();
                // Delivered once, in order, within the limits.
                assertThat(limits.throttleLog).as("429s").isEmpty();
                Map<OutboxStatus, Long> counts = outbox.counts();
                assertThat(counts.get(OutboxStatus.IN_DOUBT)).as("only a send cut by the kill can be in doubt")
                        .isLessThanOrEqualTo(4);
                Map<String, Integer> posted = new HashMap<>();
                telegram.sent.forEach(s -> posted.merge(s.chatId() + "|" + s.shown(), 1, Integer::sum));
                assertThat(posted.values()).as("nothing posted twice").allMatch(n -> n == 1);
                assertThat((long) telegram.sent.size()).as("posted: every SENT row, at most the rows in doubt more")
                        .isBetween(counts.get(OutboxStatus.SENT), counts.get(OutboxStatus.SENT) + counts.get(OutboxStatus.IN_DOUBT));
                for (int c = 0; c < CHATS; c++) {
                    assertThat(telegram.sentTo(chat(c).id())).as("chat " + c).hasSizeBetween(STORIES - 4, STORIES);
                }

                // Telegram long polling runs on exactly one survivor: a command is answered once.
                LeaseStore leases = new LeaseStore(db);
                ChildJvm.waitFor(() -> leases.holder("telegram-polling").map(h -> h.live()
                        && InstanceId.pidOf(h.holder()) != children.get(victim).pid()).orElse(false),
                        Duration.ofSeconds(30), children.get(survivor), logs.get(survivor));
                telegram.queueMessage(777, "private", 777, "/help");
                ChildJvm.waitFor(() -> !telegram.sentTo("777").isEmpty(), Duration.ofSeconds(30),
                        children.get(survivor), logs.get(survivor));
                Thread.sleep(1_500);
                assertThat(telegram.sentTo("777")).as("one answer, from the one poller").hasSize(1);

                // Health and metrics on every survivor.
                HttpClient http = HttpClient.newHttpClient();
                int sending = 0;
                int polling = 0;
                long storedCounted = 0;
                for (int i : survivors) {
                    HttpResponse<String> health = get(http, ports[i], "/healthz");
                    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
                    JsonNode h = json.readTree(health.body());
                    assertThat(h.path("status").asText()).isEqualTo("up");
                    for (String component : List.of("database", "scheduler", "delivery", "telegram")) {
                        assertThat(h.path("components").path(component).path("status").asText()).as(component)
                                .isEqualTo("up");
                    }
                    sending += h.path("components").path("delivery").path("detail").asText().equals("sending") ? 1 : 0;
                    polling += h.path("components").path("telegram").path("detail").asText().equals("long polling") ? 1 : 0;
                    HttpResponse<String> metrics = get(http, ports[i], "/metrics");
                    assertThat(metrics.statusCode()).isEqualTo(200);
                    assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
                    assertThat(metrics.body()).contains("newsdigest_polls_total{", "newsdigest_outbox_depth ",
                            "newsdigest_outbox_oldest_age_seconds ", "newsdigest_leader{role=\"delivery\"}",
                            "jvm_memory_used_bytes{", "process_uptime_seconds ");
                    assertThat(metric(metrics.body(), "newsdigest_outbox_depth ")).isZero();
                    storedCounted += (long) metric(metrics.body(), "newsdigest_articles_stored_total ");
                    if (metrics.body().contains("newsdigest_command_seconds_count{command=\"help\"")) {
                        assertThat(metrics.body()).contains("outcome=\"ok\"", "platform=\"telegram\"");
                    }
                }
                assertThat(sending).as("one sender").isEqualTo(1);
                assertThat(polling).as("one Telegram poller").isEqualTo(1);
                assertThat(storedCounted).as("articles the survivors stored").isBetween(1L, (long) STORIES);

                // SIGTERM: a survivor stops cleanly and hands its roles over at once.
                Process stopping = children.get(survivors.get(0));
                stopping.destroy();
                assertThat(stopping.waitFor(60, TimeUnit.SECONDS)).as(ChildJvm.tail(logs.get(survivors.get(0)))).isTrue();
                assertThat(Files.readString(logs.get(survivors.get(0)))).contains("shutting down").contains("stopped");
                for (String role : List.of("delivery", "telegram-polling")) {
                    leases.holder(role).filter(LeaseStore.Holder::live).ifPresent(h ->
                            assertThat(InstanceId.pidOf(h.holder())).as(role).isNotEqualTo(stopping.pid()));
                }
                assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE status = 'SENDING'")).isZero();
            } finally {
                release.countDown();
                children.forEach(Process::destroyForcibly);
                for (Process p : children) {
                    p.waitFor();
                }
            }
        }
    }

    static ChatRef chat(int i) {
        return new ChatRef(Platform.TELEGRAM, String.valueOf(31_000 + i), ChatKind.PRIVATE);
    }

    /** A short article (under the near-duplicate check's 40 words) with one attributed quote. */
    static String article(int n) {
        String city = CITIES[n % CITIES.length];
        String name = NAMES[n % NAMES.length];
        return "<p>Officials in " + city + " approved plan number " + (100 + n) + " on Monday after a long debate.</p>"
                + "<p>\"We will finish the work before the winter of " + (2030 + n) + ",\" said " + name
                + ", the head of the " + city + " works office.</p>";
    }

    private Path writeConfig(int i, StorageConfig storage, FakeTelegramServer telegram, int port, String sources)
            throws Exception {
        Path config = dir.resolve("config-" + i);
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"), """
                storage:
                  url: %s
                  user: postgres
                  password: postgres
                  poolSize: 6
                fetch:
                  timeout: 60s
                  allowHosts: [127.0.0.1]
                  userAgent: newsdigest-scale-test/instance-%d
                telegram:
                  token: "%s"
                  apiUrl: %s
                http:
                  port: %d
                schedule:
                  workers: 2
                  clustered: true
                  checkinInterval: 1s
                  startSpread: 2s
                  reloadEvery: 2s
                  stopTimeout: 10s
                delivery:
                  leaderLease: 3s
                  claimLease: 5s
                  routeEvery: 500ms
                """.formatted(storage.url(), i, FakeTelegramServer.TOKEN, telegram.baseUrl(), port));
        Files.writeString(config.resolve("sources.yaml"), sources);
        return config;
    }

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of an unlabelled sample line starting with {@code prefix}. */
    static double metric(String body, String prefix) {
        return body.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Double.parseDouble(l.substring(prefix.length()).trim()))
                .orElseThrow(() -> new AssertionError("no " + prefix + " in /metrics"));
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static long count(Database db, String sql) {
        return db.read("count", c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

}
