package dev.newsdigest.bot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.delivery.OutboxStatus;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.JdbcOutbox;
import dev.newsdigest.bot.storage.LeaseStore;
import dev.newsdigest.bot.testing.ChildJvm;
import dev.newsdigest.bot.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY C4, D9 across instances: two delivering JVMs on one PostgreSQL and one fake Telegram that enforces
 * the Bot API limits (30 messages a second, one a second per chat). One instance is elected sender; SIGKILL it in
 * the middle and the other takes over. Zero 429s, every chat's posts in order, nothing posted twice, nothing lost
 * (a row whose request had left when its sender died is IN_DOUBT, never repeated: C2).
 */
class ClusteredDeliveryTest {
    static final int CHATS = 30;
    static final int PER_CHAT = 4;
    static final int WORKERS = 4;

    @TempDir
    Path dir;

    static ChatRef chat(int i) {
        return new ChatRef(Platform.TELEGRAM, String.valueOf(5000 + i), ChatKind.PRIVATE);
    }

    @Test
    void c4TwoInstancesOneSenderKilledMidwayOtherFinishesWithinLimitsInOrderOnce() throws Exception {
        StorageConfig storage = TestDatabases.postgres();
        try (FakeTelegramServer fake = new FakeTelegramServer(); Database db = Database.open(storage)) {
            FakeTelegramServer.Limits limits = fake.enforceLimits();
            fake.answerDelayMillis = 30;
            JdbcOutbox outbox = new JdbcOutbox(db.dataSource());
            for (int m = 0; m < PER_CHAT; m++) {
                for (int c = 0; c < CHATS; c++) {
                    outbox.enqueue(chat(c), OutgoingMessage.text("c" + c + " m" + m), "m" + m, Instant.now());
                }
            }
            List<Process> children = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    Path log = dir.resolve("relay-" + i + ".log");
                    logs.add(log);
                    children.add(ChildJvm.start(ClusteredRelayChild.class, log, storage.url(), FakeTelegramServer.TOKEN,
                            fake.baseUrl().toString(), "3000", "2000"));
                }
                LeaseStore leases = new LeaseStore(db);
                ChildJvm.waitFor(() -> fake.sent.size() >= CHATS, Duration.ofSeconds(60), children.get(0), logs.get(0));
                long senderPid = InstanceId.pidOf(leases.holder("delivery").orElseThrow().holder());
                Process sender = children.stream().filter(p -> p.pid() == senderPid).findFirst().orElseThrow();
                Process survivor = children.stream().filter(p -> p != sender).findFirst().orElseThrow();
                assertThat(fake.sent.size()).as("not all sent before the kill").isLessThan(CHATS * PER_CHAT);
                System.out.println("killing the sender at " + fake.sent.size() + " posts; 429s so far: " + limits.throttleLog);
                sender.destroyForcibly().waitFor(); // SIGKILL
                int beforeKill = fake.sent.size();

                Path survivorLog = logs.get(children.indexOf(survivor));
                ChildJvm.waitFor(() -> {
                    Map<OutboxStatus, Long> n = outbox.counts();
                    return n.get(OutboxStatus.PENDING) + n.get(OutboxStatus.SENDING) == 0;
                }, Duration.ofSeconds(90), survivor, survivorLog);
                assertThat(fake.sent.size()).as("the survivor took over").isGreaterThan(beforeKill);
                assertThat(leases.holder("delivery").orElseThrow().holder()).contains("/" + survivor.pid() + "/");
            } finally {
                children.forEach(p -> p.destroyForcibly());
                for (Process p : children) {
                    p.waitFor();
                }
            }

            assertThat(limits.throttleLog).as("429s from the fake Telegram").isEmpty();
            Map<OutboxStatus, Long> counts = outbox.counts();
            assertThat(counts.get(OutboxStatus.SENT) + counts.get(OutboxStatus.IN_DOUBT)).isEqualTo(CHATS * PER_CHAT);
            assertThat(counts.get(OutboxStatus.IN_DOUBT)).as("at most the sends in flight at the kill")
                    .isLessThanOrEqualTo(WORKERS);
            Map<String, Integer> posted = new HashMap<>();
            fake.sent.forEach(s -> posted.merge(s.shown(), 1, Integer::sum));
            assertThat(posted.values()).as("nothing posted twice").allMatch(n -> n == 1);
            for (int c = 0; c < CHATS; c++) {
                List<String> statuses = outbox.statusesOf(chat(c));
                List<String> expected = new ArrayList<>();
                for (int m = 0; m < PER_CHAT; m++) {
                    String text = "c" + c + " m" + m;
                    if (statuses.get(m).equals("SENT")) {
                        assertThat(posted).as("SENT means posted: " + text).containsKey(text);
                    }
                    if (posted.containsKey(text)) {
                        expected.add(text);
                    }
                }
                assertThat(fake.shownTexts(String.valueOf(5000 + c))).as("order in chat " + c)
                        .containsExactlyElementsOf(expected);
            }
        }
    }
}
