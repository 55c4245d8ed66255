package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.delivery.OutboxEntry;
import dev.newsdigest.bot.delivery.OutboxStatus;
import dev.newsdigest.bot.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The outbox on H2 and on a real PostgreSQL: claims, per-chat order, leases, and concurrent claimers. */
class JdbcOutboxTest {

    static final Set<Platform> TELEGRAM = Set.of(Platform.TELEGRAM);

    @TempDir
    Path dir;

    static ChatRef chat(int i) {
        return new ChatRef(Platform.TELEGRAM, String.valueOf(i), ChatKind.PRIVATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void claimsTheOldestRowPerChatOnlyAndNeverTwice(String kind) {
        try (Database db = Database.open(TestDatabases.of(kind, dir))) {
            JdbcOutbox outbox = new JdbcOutbox(db.dataSource());
            Instant now = Instant.now();
            for (int m = 0; m < 3; m++) {
                for (int c = 0; c < 4; c++) {
                    assertThat(outbox.enqueue(chat(c), OutgoingMessage.text("c" + c + "m" + m), "m" + m, now)).isTrue();
                }
            }
            assertThat(outbox.enqueue(chat(0), OutgoingMessage.text("again"), "m0", now)).isFalse();
            outbox.enqueue(new ChatRef(Platform.SLACK, "C1", ChatKind.GROUP), OutgoingMessage.text("s"), "m0", now);

            List<OutboxEntry> first = outbox.claim(100, now.plusSeconds(1), Duration.ofMinutes(1), "a", TELEGRAM);
            assertThat(first).hasSize(4).allMatch(e -> e.message().plainText().endsWith("m0"));
            assertThat(outbox.claim(100, now.plusSeconds(1), Duration.ofMinutes(1), "b", TELEGRAM)).isEmpty();

            outbox.sent(first.get(0).id(), 1, "1", now);
            List<OutboxEntry> next = outbox.claim(100, now.plusSeconds(1), Duration.ofMinutes(1), "b", TELEGRAM);
            assertThat(next).singleElement().satisfies(e -> assertThat(e.message().plainText()).isEqualTo("c0m1"));

            // The claimer of chat 1 dies before sending, chat 2's after starting the request.
            OutboxEntry c1 = first.get(1);
            OutboxEntry c2 = first.get(2);
            outbox.requestStarted(c2.id(), 0, now);
            assertThat(outbox.recoverExpiredLeases(now.plusSeconds(30))).isZero();
            assertThat(outbox.recoverExpiredLeases(now.plus(Duration.ofMinutes(2)))).isGreaterThanOrEqualTo(2);
            assertThat(outbox.statusesOf(c2.chat())).containsExactly("IN_DOUBT", "PENDING", "PENDING");
            assertThat(outbox.statusesOf(c1.chat())).containsExactly("PENDING", "PENDING", "PENDING");
            assertThat(outbox.pendingDue(now.plus(Duration.ofMinutes(3)), Set.of(Platform.SLACK))).isEqualTo(1);
        }
    }

    /** A sender whose claim ran out (or whose lease was taken over) is told not to send: no post goes out twice. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void requestStartsOnlyUnderTheClaimStillHeldAndClaimsNeedTheLiveLease(String kind) {
        try (Database db = Database.open(TestDatabases.of(kind, dir))) {
            JdbcOutbox outbox = new JdbcOutbox(db.dataSource());
            Instant now = Instant.now();
            outbox.enqueue(chat(1), OutgoingMessage.text("one"), "m0", now);
            OutboxEntry e = outbox.claim(10, now.plusSeconds(1), Duration.ofSeconds(1), "slow", TELEGRAM).get(0);
            assertThat(outbox.recoverExpiredLeases(now.plusSeconds(5))).isEqualTo(1); // back to PENDING
            OutboxEntry again = outbox.claim(10, now.plusSeconds(5), Duration.ofMinutes(1), "other", TELEGRAM).get(0);
            assertThat(again.id()).isEqualTo(e.id());
            assertThat(outbox.requestStarted(e.id(), 0, now.plusSeconds(6), "slow")).as("claim lost").isFalse();
            assertThat(outbox.requestStarted(e.id(), 0, now.plusSeconds(6), "other")).isTrue();

            // Fenced claims: only the live holder of the delivery lease, under its current token, claims anything.
            outbox.enqueue(chat(2), OutgoingMessage.text("two"), "m0", now);
            LeaseStore leases = new LeaseStore(db);
            long token = leases.tryAcquire("delivery", "leader", Duration.ofMinutes(1)).orElseThrow().token();
            var stale = new dev.newsdigest.bot.delivery.DeliveryGate.Fence("delivery", "leader", token - 1);
            var other = new dev.newsdigest.bot.delivery.DeliveryGate.Fence("delivery", "usurper", token);
            var live = new dev.newsdigest.bot.delivery.DeliveryGate.Fence("delivery", "leader", token);
            Instant later = now.plusSeconds(10);
            assertThat(outbox.claim(10, later, Duration.ofMinutes(1), "x", TELEGRAM, stale)).isEmpty();
            assertThat(outbox.claim(10, later, Duration.ofMinutes(1), "x", TELEGRAM, other)).isEmpty();
            assertThat(outbox.claim(10, later, Duration.ofMinutes(1), "x", TELEGRAM, live)).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void concurrentClaimersNeverTakeTheSameRow(String kind) throws Exception {
        try (Database db = Database.open(TestDatabases.of(kind, dir))) {
            JdbcOutbox outbox = new JdbcOutbox(db.dataSource());
            Instant now = Instant.now();
            for (int c = 0; c < 200; c++) {
                outbox.enqueue(chat(c), OutgoingMessage.text("x" + c), "k", now);
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String owner = "w" + w;
                claims.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    List<OutboxEntry> got;
                    while (!(got = outbox.claim(7, now.plusSeconds(1), Duration.ofMinutes(1), owner, TELEGRAM)).isEmpty()) {
                        got.forEach(e -> mine.add(e.id()));
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : claims) {
                all.addAll(f.get());
            }
            pool.shutdown();
            assertThat(all).hasSize(200);
            assertThat(new HashSet<>(all)).hasSize(200);
            assertThat(outbox.counts().get(OutboxStatus.SENDING)).isEqualTo(200);
        }
    }
}
