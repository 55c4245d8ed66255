package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer.Behaviour;
import dev.newsdigest.bot.delivery.OutboxStatus;
import dev.newsdigest.bot.testing.FeedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY L3, whole-process side: {@code run --once} again and again in one JVM, each time with new stories and a
 * Bot API that fails in every way the relay knows (502, 429 with retry_after, the connection dropped before or after
 * posting, slow answers). Every run opens and closes the database, the fetcher and the chat clients, so a resource
 * any of them forgets to release grows with the number of runs. Afterwards: threads and descriptors near their level
 * after the first run, and no outbox row left SENDING (a claim nobody will finish until its lease runs out).
 *
 * <p>Three runs after the first by default; {@code -Dnewsdigest.soak.seconds=600} keeps running for that long.
 */
class DeliverySoakL3Test {
    private static final String[] WORDS = ("council budget school hospital bridge river road train airport storm "
            + "winter farmers workers union strike agreement meeting talks museum festival market price energy water "
            + "report inquiry statement officials residents villages district province mayor governor").split(" ");

    /** The Bot API's failures the relay must survive: retried, deferred, or left in doubt (never repeated). */
    private static final List<Behaviour> FAULTS = List.of(FakeTelegramServer.serverError(),
            new Behaviour.AcceptThenDrop(), FakeTelegramServer.tooManyRequests(1), new Behaviour.DropWithoutPosting());

    @TempDir
    Path dir;

    @Test
    void l3_repeatedRunsWithAFaultyBotApiLeakNothingAndLeaveNoRowSending() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc/self/fd (Linux) to count descriptors");
        long soakMillis = Long.getLong("newsdigest.soak.seconds", 0) * 1000;
        Random random = new Random(4242);
        try (FakeTelegramServer telegram = new FakeTelegramServer(); FeedServer feeds = new FeedServer(4)) {
            Path config = dir.resolve("config");
            Files.createDirectories(config);
            Files.writeString(config.resolve("newsdigest.yaml"), """
                    storage:
                      url: jdbc:h2:file:%s
                    fetch:
                      allowHosts: [127.0.0.1]
                      timeout: 2s
                    telegram:
                      token: "%s"
                      apiUrl: %s
                    http:
                      port: 0
                    """.formatted(dir.resolve("data/nd").toAbsolutePath(), FakeTelegramServer.TOKEN, telegram.baseUrl()));
            Files.writeString(config.resolve("sources.yaml"), """
                    sources:
                      - id: city
                        name: City News
                        url: %s
                        language: en
                    """.formatted(feeds.url("/city.xml")));
            try (BotContext ctx = BotContext.open(config); ChatServices chat = new ChatServices(ctx)) {
                chat.start();
                telegram.queueMessage(500, "private", 77, "/subscribe keyword budget");
                telegram.queueMessage(501, "private", 78, "/subscribe keyword budget");
                ChatEndToEndTest.waitFor(() -> !telegram.sentTo("500").isEmpty() && !telegram.sentTo("501").isEmpty(),
                        Duration.ofSeconds(15));
            }

            run(1, feeds, telegram, config, random);
            int threadsBefore = threads();
            List<String> namesBefore = threadNames();
            int fdsBefore = descriptors();
            int runs = 1;
            long until = System.currentTimeMillis() + soakMillis;
            do {
                runs++;
                run(runs, feeds, telegram, config, random);
            } while (runs < 4 || System.currentTimeMillis() < until);

            Map<OutboxStatus, Long> counts;
            try (BotContext ctx = BotContext.open(config)) {
                counts = new dev.newsdigest.bot.storage.JdbcOutbox(ctx.db.dataSource()).counts();
            }
            System.out.printf("L3 delivery soak: %d runs, outbox %s, threads %d -> %d, fds %d -> %d%n", runs, counts,
                    threadsBefore, threads(), fdsBefore, descriptors());
            // Every claimed row was resolved by the run that claimed it: sent, retried, failed or in doubt.
            assertThat(counts.getOrDefault(OutboxStatus.SENDING, 0L)).isZero();
            assertThat(counts.getOrDefault(OutboxStatus.SENT, 0L)).isGreaterThan(0);
            assertThat(counts.getOrDefault(OutboxStatus.IN_DOUBT, 0L)).isGreaterThan(0);
            // Nothing grows with the number of runs.
            System.out.println("new threads: " + newThreads(namesBefore));
            awaitAtMost(DeliverySoakL3Test::threads, threadsBefore + 4, "threads");
            awaitAtMost(DeliverySoakL3Test::descriptors, fdsBefore + 8, "open descriptors");
        }
    }

    /** New stories, a fresh script of Bot API faults, then one {@code run --once}. */
    private static void run(int n, FeedServer feeds, FakeTelegramServer telegram, Path config, Random random)
            throws Exception {
        List<String[]> items = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            items.add(new String[] {"urn:l3d:" + n + ":" + k, "http://city.example/" + n + "/" + k,
                    "Council budget story " + n + "." + k, "<p>" + text(random, 70) + "</p>"});
        }
        // Published a moment ago: the router only posts recent stories.
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        feeds.feedWithoutValidators("/city.xml", FeedServer.rss("City News", items.toArray(new String[0][]))
                .replace("Mon, 20 Jan 2025 10:00:00 GMT", now));
        // Each run, each chat meets the next fault of the list before its posts go through.
        telegram.script("500", FAULTS.get(n % FAULTS.size()));
        telegram.script("501", FAULTS.get((n + 2) % FAULTS.size()));
        telegram.answerDelayMillis = n % 2 == 0 ? 150 : 0;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("run", "--once", "--force", "--config", config.toString());
        assertThat(code).as(err.toString()).isZero();
        System.out.printf("L3 delivery soak: run %d took %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
    }

    static void awaitAtMost(IntSupplier value, int max, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        int v = value.getAsInt();
        while (v > max && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            v = value.getAsInt();
        }
        assertThat(v).as(what).isLessThanOrEqualTo(max);
    }

    /** Live threads of the bot: the fake servers' pools (which keep their threads) do not count. */
    static int threads() {
        return threadNames().size();
    }

    static List<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> !n.startsWith("fake-telegram") && !n.startsWith("feed-server")).sorted().toList();
    }

    /** Names of live threads beyond those in {@code before} (for the failure message). */
    static List<String> newThreads(List<String> before) {
        List<String> now = new ArrayList<>(threadNames());
        before.forEach(now::remove);
        return now;
    }

    static int descriptors() {
        String[] fds = Path.of("/proc/self/fd").toFile().list();
        return fds == null ? -1 : fds.length;
    }

    private static String text(Random random, int words) {
        StringBuilder b = new StringBuilder("The city budget was debated again. ");
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            b.append(w % 12 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            b.append(w % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip() + ".";
    }
}
