package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.delivery.OutboxStatus;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.JdbcOutbox;
import dev.newsdigest.bot.testing.ChildJvm;
import dev.newsdigest.bot.testing.FeedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY C6: SIGTERM to {@code newsdigest run} while posts are being sent and a poll hangs on a slow page. The
 * process stops taking work, lets the sends in flight finish and record their outcome, hands the queued rows back
 * to PENDING, gives the stuck poll {@code schedule.stopTimeout} and exits. Nothing is left SENDING or in doubt, every
 * post Telegram received is recorded SENT, and the next run delivers the rest exactly once.
 */
class GracefulShutdownTest {
    static final int CHATS = 40;

    @TempDir
    Path dir;

    @Test
    void c6SigtermFinishesSendsInFlightHandsBackTheRestAndExits() throws Exception {
        assumeTrue(IngestPorts.available(), "needs the HTTP fetcher and feed parser");
        StorageConfig storage = new StorageConfig("jdbc:h2:file:" + dir.resolve("data/nd").toAbsolutePath(), null,
                Secret.empty(), 4);
        try (FeedServer feeds = new FeedServer(); FakeTelegramServer telegram = new FakeTelegramServer()) {
            telegram.answerDelayMillis = 300; // sends stay in flight for a while
            CountDownLatch pollHangs = new CountDownLatch(1);
            feeds.route("/slow-page", ex -> {
                pollHangs.countDown();
                Thread.sleep(60_000);
            });
            feeds.feed("/feed.xml", FeedServer.rss("Feed", new String[] {"urn:c6:1", feeds.url("/slow-page"), "Slow",
                    "summary"}));
            try (Database db = Database.open(storage)) {
                JdbcOutbox outbox = new JdbcOutbox(db.dataSource());
                for (int c = 0; c < CHATS; c++) {
                    outbox.enqueue(chat(c), OutgoingMessage.text("post for chat " + c), "c6", Instant.now());
                }
            }
            Path config = writeConfig(storage, feeds, telegram);
            Path log = dir.resolve("run.log");
            Process run = ChildJvm.start(Main.class, log, "run", "--config", config.toString());
            try {
                assertThat(pollHangs.await(90, TimeUnit.SECONDS)).as(ChildJvm.tail(log)).isTrue();
                ChildJvm.waitFor(() -> telegram.sent.size() >= 8, Duration.ofSeconds(60), run, log);
                run.destroy(); // SIGTERM
                assertThat(run.waitFor(90, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            } finally {
                run.destroyForcibly().waitFor();
            }
            String output = Files.readString(log);
            // The poll blocked in a read is either interrupted or abandoned after stopTimeout; either way the process ends.
            assertThat(output).contains("shutting down").contains("stopped");
            int postedAtStop = telegram.sent.size();

            try (Database db = Database.open(storage)) {
                Map<OutboxStatus, Long> counts = new JdbcOutbox(db.dataSource()).counts();
                assertThat(counts.get(OutboxStatus.SENDING)).as("nothing left claimed").isZero();
                assertThat(counts.get(OutboxStatus.IN_DOUBT)).as("sends in flight finished and were recorded").isZero();
                assertThat(counts.get(OutboxStatus.SENT)).as("every post Telegram got is recorded").isEqualTo(postedAtStop);
                assertThat(counts.get(OutboxStatus.PENDING)).as("the rest waits for the next run")
                        .isEqualTo(CHATS - postedAtStop);
            }
            assertThat(postedAtStop).isLessThan(CHATS);

            // The next run posts the rest, once each.
            feeds.route("/slow-page", ex -> FeedServer.send(ex, 200, "text/html", "<html><body><p>Slow page.</p></body></html>"));
            StringWriter err = new StringWriter();
            int code = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                    .execute("run", "--once", "--config", config.toString());
            assertThat(code).as(err.toString()).isZero();
            Map<String, Integer> posted = new HashMap<>();
            telegram.sent.forEach(s -> posted.merge(s.chatId(), 1, Integer::sum));
            assertThat(posted).hasSize(CHATS);
            assertThat(posted.values()).allMatch(n -> n == 1);
        }
    }

    static ChatRef chat(int i) {
        return new ChatRef(Platform.TELEGRAM, String.valueOf(61_000 + i), ChatKind.PRIVATE);
    }

    private Path writeConfig(StorageConfig storage, FeedServer feeds, FakeTelegramServer telegram) throws Exception {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"), """
                storage:
                  url: %s
                fetch:
                  timeout: 120s
                  allowHosts: [127.0.0.1]
                telegram:
                  token: "%s"
                  apiUrl: %s
                http:
                  port: 0
                schedule:
                  startSpread: 1s
                  stopTimeout: 3s
                """.formatted(storage.url(), FakeTelegramServer.TOKEN, telegram.baseUrl()));
        Files.writeString(config.resolve("sources.yaml"), """
                sources:
                  - id: slow
                    url: %s
                    fullText: true
                    language: en
                """.formatted(feeds.url("/feed.xml")));
        return config;
    }
}
