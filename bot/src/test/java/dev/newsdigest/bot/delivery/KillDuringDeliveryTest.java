package dev.newsdigest.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.chat.telegram.TelegramApi;
import dev.newsdigest.bot.chat.telegram.TelegramGateway;
import dev.newsdigest.bot.chat.telegram.TelegramRenderer;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.JdbcOutbox;
import dev.newsdigest.bot.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * {@code kill -9} of a delivering JVM in the middle of sending, then a new relay on the same database: nothing is
 * posted twice, nothing that was not posted is lost, per-chat order holds (RELIABILITY C2, C3).
 */
class KillDuringDeliveryTest {

    static final int CHATS = 20;
    static final int PER_CHAT = 3;

    @TempDir
    Path dir;

    static ChatRef chat(int i) {
        return new ChatRef(Platform.TELEGRAM, String.valueOf(9000 + i), ChatKind.PRIVATE);
    }

    @Test
    void killMinus9DuringDeliveryThenRestartPostsNothingTwiceAndLosesNothing_C2_C3() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        StorageConfig storage = new StorageConfig(url, null, Secret.empty(), 4);
        try (FakeTelegramServer fake = new FakeTelegramServer()) {
            // Telegram "posts" at once but answers slowly: a kill lands between posting and recording SENT.
            fake.answerDelayMillis = 150;
            try (Database db = Database.open(storage)) {
                JdbcOutbox outbox = new JdbcOutbox(db.dataSource());
                for (int m = 0; m < PER_CHAT; m++) {
                    for (int c = 0; c < CHATS; c++) {
                        outbox.enqueue(chat(c), OutgoingMessage.text("c" + c + " m" + m), "m" + m, Instant.now());
                    }
                }
            }
            Path log = dir.resolve("child.log");
            Process child = ChildJvm.start(DeliveryChild.class, log, url, FakeTelegramServer.TOKEN,
                    fake.baseUrl().toString(), "2000");
            try {
                ChildJvm.waitFor(() -> fake.sent.size() >= 15, Duration.ofSeconds(60), child, log);
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no goodbye
                child.waitFor();
            }
            int postedBeforeKill = fake.sent.size();

            try (Database db = Database.open(storage)) {
                JdbcOutbox outbox = new JdbcOutbox(db.dataSource());
                TelegramApi api = new TelegramApi(FakeTelegramServer.TOKEN, fake.baseUrl());
                OkHttpTelegramClient client = new OkHttpTelegramClient(SendingHttpClient.standard(), api.token(),
                        api.telegramUrl());
                Clock clock = Clock.systemUTC();
                try (DeliveryRelay survivor = new DeliveryRelay(outbox, List.of(new TelegramGateway(client,
                        new TelegramRenderer(), Duration.ofSeconds(10))), RateLimiter.withDefaults(),
                        new ChatStore(db.dataSource(), clock), RetryPolicy.standard(), clock, 4, Duration.ofSeconds(2))) {
                    survivor.drain(Duration.ofSeconds(60));
                }
                Map<OutboxStatus, Long> counts = outbox.counts();
                assertThat(counts.get(OutboxStatus.PENDING)).isZero();
                assertThat(counts.get(OutboxStatus.SENDING)).isZero();
                assertThat(counts.get(OutboxStatus.SENT) + counts.get(OutboxStatus.IN_DOUBT)).isEqualTo(CHATS * PER_CHAT);
                // At most the rows in flight at the kill (4 workers) are in doubt.
                assertThat(counts.get(OutboxStatus.IN_DOUBT)).isLessThanOrEqualTo(4);

                Map<String, Integer> posted = new HashMap<>();
                fake.sent.forEach(s -> posted.merge(s.shown(), 1, Integer::sum));
                assertThat(posted.values()).as("nothing posted twice").allMatch(n -> n == 1);
                for (int c = 0; c < CHATS; c++) {
                    List<String> statuses = outbox.statusesOf(chat(c));
                    List<String> shown = fake.shownTexts(String.valueOf(9000 + c));
                    List<String> expected = new ArrayList<>();
                    for (int m = 0; m < PER_CHAT; m++) {
                        String text = "c" + c + " m" + m;
                        if (statuses.get(m).equals("SENT")) {
                            assertThat(posted).as("sent means posted: " + text).containsEntry(text, 1);
                        }
                        if (posted.containsKey(text)) {
                            expected.add(text);
                        }
                    }
                    assertThat(shown).as("per-chat order").containsExactlyElementsOf(expected);
                }
                System.out.printf("KILL-9 posted before kill=%d, after=%d, in doubt=%d%n", postedBeforeKill,
                        fake.sent.size(), counts.get(OutboxStatus.IN_DOUBT));
            }
        }
    }
}
