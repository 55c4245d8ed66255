package dev.newsdigest.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.ChatTestDb;
import dev.newsdigest.bot.storage.JdbcOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RELIABILITY D7: a post whose outcome is unknown is neither sent again nor dropped silently; the admins get one
 * notice per such post, through the outbox, whether the relay saw the lost answer itself or found the row after a
 * sender died mid-request (C2). Real outbox (H2), real TelegramBots client, fake Bot API on 127.0.0.1.
 */
class InDoubtReporterTest {

    static final ChatRef ALICE = new ChatRef(Platform.TELEGRAM, "101", ChatKind.PRIVATE);
    static final ChatRef ADMIN = new ChatRef(Platform.TELEGRAM, "900", ChatKind.PRIVATE);

    FakeTelegramServer fake;
    JdbcOutbox outbox;
    DeliveryRelay relay;
    final Clock clock = Clock.systemUTC();

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeTelegramServer();
        DataSource ds = ChatTestDb.h2();
        outbox = new JdbcOutbox(ds);
        RateLimiter limiter = new RateLimiter(Map.of(Platform.TELEGRAM,
                new PlatformLimits(200, Duration.ofMillis(20), Duration.ofMillis(50))));
        relay = new DeliveryRelay(outbox, List.of(DeliveryRelayTest.gatewayFor(fake)), limiter, new ChatStore(ds, clock),
                new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofHours(1)), clock, 4);
        AdminNotices notices = new AdminNotices(outbox, List.of(ADMIN), clock);
        relay.reportInDoubtTo(new InDoubtReporter(outbox, notices, new BotText(), clock));
    }

    @AfterEach
    void tearDown() {
        relay.close();
        fake.close();
    }

    @Test
    void aLostAnswerIsReportedToTheAdminsOnceAndThePostIsNotRepeated_D7() {
        fake.script("101", new FakeTelegramServer.Behaviour.AcceptThenDrop());
        outbox.enqueue(ALICE, OutgoingMessage.text("maybe"), "story:7", clock.instant());
        relay.drain(Duration.ofSeconds(10));

        assertThat(outbox.statusesOf(ALICE)).containsExactly("IN_DOUBT");
        assertThat(fake.shownTexts("101")).containsExactly("maybe");
        assertThat(fake.shownTexts("900")).singleElement().satisfies(t -> assertThat(t)
                .contains("A post to telegram:101 (story:7) may or may not have been delivered", "will not be sent again"));

        relay.drain(Duration.ofSeconds(2));
        assertThat(fake.shownTexts("900")).as("one notice per post").hasSize(1);
        assertThat(fake.shownTexts("101")).as("not repeated").hasSize(1);
        assertThat(outbox.inDoubtNotAlerted(10)).isEmpty();
    }

    @Test
    void aPostLeftInDoubtByADeadSenderIsReportedByTheNextOne_D7_C2() {
        outbox.enqueue(ALICE, OutgoingMessage.text("sent, not recorded"), "story:8", clock.instant());
        Instant t0 = clock.instant();
        List<OutboxEntry> claimed = outbox.claim(10, t0, Duration.ofMillis(1), "dead-sender", java.util.Set.of(Platform.TELEGRAM));
        outbox.requestStarted(claimed.get(0).id(), 0, t0);
        assertThat(DeliveryRelayTest.gatewayFor(fake).send(ALICE, claimed.get(0).message())).isInstanceOf(SendResult.Sent.class);
        // Killed here. The next relay finds the row with an expired lease after its request started.
        relay.drain(Duration.ofSeconds(10));

        assertThat(outbox.statusesOf(ALICE)).containsExactly("IN_DOUBT");
        assertThat(fake.shownTexts("101")).hasSize(1);
        assertThat(fake.shownTexts("900")).singleElement().satisfies(t -> assertThat(t)
                .contains("telegram:101 (story:8)", "sender died after the request started"));
    }

    @Test
    void aNoticeThatIsItselfInDoubtIsNotReportedAgain() {
        fake.script("101", new FakeTelegramServer.Behaviour.AcceptThenDrop());
        fake.script("900", new FakeTelegramServer.Behaviour.AcceptThenDrop());
        outbox.enqueue(ALICE, OutgoingMessage.text("maybe"), "story:9", clock.instant());
        relay.drain(Duration.ofSeconds(10));
        relay.drain(Duration.ofSeconds(2));

        assertThat(outbox.statusesOf(ADMIN)).containsExactly("IN_DOUBT");
        assertThat(fake.sentTo("900")).as("no notice about the notice").hasSize(1);
        assertThat(outbox.inDoubtNotAlerted(10)).isEmpty();
    }
}
