package dev.newsdigest.bot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Fixtures;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Posts;
import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import dev.newsdigest.bot.chat.port.StoryView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** The real TelegramBots client against a fake Bot API: every Telegram outcome becomes the right SendResult. */
class TelegramGatewayTest {

    FakeTelegramServer fake;
    TelegramGateway gateway;
    final ChatRef chat = new ChatRef(Platform.TELEGRAM, "555", ChatKind.PRIVATE);

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeTelegramServer();
        gateway = gatewayFor(new TelegramApi(FakeTelegramServer.TOKEN, fake.baseUrl()));
    }

    static TelegramGateway gatewayFor(TelegramApi api) {
        OkHttpTelegramClient client = new OkHttpTelegramClient(
                SendingHttpClient.create(Duration.ofSeconds(2), Duration.ofSeconds(5)), api.token(), api.telegramUrl());
        return new TelegramGateway(client, new TelegramRenderer(), Duration.ofSeconds(5));
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    @Test
    void hostileStoryIsAcceptedByTheStrictValidatorAndShowsTheOriginalTitle_R1() {
        SendResult r = gateway.send(chat, Fixtures.hostilePost());
        assertThat(r).isInstanceOf(SendResult.Sent.class);
        assertThat(fake.sent).hasSize(1);
        assertThat(fake.sent.get(0).parseMode()).isEqualTo("HTML");
        assertThat(fake.sent.get(0).shown()).startsWith(Fixtures.hostileStory().headline() + "\n\n");
        assertThat(((SendResult.Sent) r).messageIds()).containsExactly(String.valueOf(fake.sent.get(0).messageId()));
    }

    @Test
    void tooManyRequestsCarriesRetryAfter_D1() {
        fake.script("555", FakeTelegramServer.tooManyRequests(17));
        assertThat(gateway.send(chat, OutgoingMessage.text("hi")))
                .isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(17), 0));
        assertThat(fake.sent).isEmpty();
    }

    @Test
    void blockedKickedOrDeletedMeansChatGone_D3() {
        fake.script("555", FakeTelegramServer.blocked(),
                new FakeTelegramServer.Behaviour.Fail(403, "Forbidden: bot was kicked from the supergroup chat", null, null),
                new FakeTelegramServer.Behaviour.Fail(400, "Bad Request: chat not found", null, null));
        for (int i = 0; i < 3; i++) {
            assertThat(gateway.send(chat, OutgoingMessage.text("hi"))).isInstanceOf(SendResult.ChatGone.class);
        }
    }

    @Test
    void upgradedGroupReportsTheNewChatId_D4() {
        fake.script("555", FakeTelegramServer.migrated(-100999L));
        assertThat(gateway.send(chat, OutgoingMessage.text("hi"))).isEqualTo(new SendResult.Migrated("-100999", 0));
        assertThat(gateway.send(chat.withId("-100999"), OutgoingMessage.text("hi"))).isInstanceOf(SendResult.Sent.class);
        assertThat(fake.sentTo("-100999")).hasSize(1);
    }

    @Test
    void cannotParseEntitiesFallsBackToPlainTextOnceAndTheNextMessageStillGoesOut_D5() {
        String parseError = "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0";
        fake.script("555", new FakeTelegramServer.Behaviour.Fail(400, parseError, null, null));
        SendResult first = gateway.send(chat, Fixtures.hostilePost());
        assertThat(first).isInstanceOf(SendResult.Sent.class);
        assertThat(fake.sent).hasSize(1);
        assertThat(fake.sent.get(0).parseMode()).isNull();
        assertThat(fake.sent.get(0).text()).startsWith(Fixtures.hostileStory().headline());

        fake.script("555", new FakeTelegramServer.Behaviour.Fail(400, parseError, null, null),
                new FakeTelegramServer.Behaviour.Fail(400, "Bad Request: message is too long", null, null));
        assertThat(gateway.send(chat, OutgoingMessage.text("doomed"))).isInstanceOf(SendResult.Rejected.class);
        assertThat(gateway.send(chat, OutgoingMessage.text("next one"))).isInstanceOf(SendResult.Sent.class);
        assertThat(fake.shownTexts("555")).containsExactly(fake.sent.get(0).shown(), "next one");
    }

    @Test
    void serverErrorIsWorthARetry_D8() {
        fake.script("555", FakeTelegramServer.serverError());
        assertThat(gateway.send(chat, OutgoingMessage.text("hi"))).isInstanceOf(SendResult.Unavailable.class);
    }

    @Test
    void answerLostAfterTheRequestWasWrittenIsInDoubtAndNotSilentlyRepeated_D7() {
        fake.script("555", new FakeTelegramServer.Behaviour.AcceptThenDrop());
        SendResult r = gateway.send(chat, OutgoingMessage.text("maybe"));
        assertThat(r).isInstanceOf(SendResult.InDoubt.class);
        // OkHttp's transparent retry is off: one attempt reached the API, one message exists.
        assertThat(fake.sendAttempts).hasSize(1);
        assertThat(fake.sent).hasSize(1);
    }

    @Test
    void nobodyListeningIsADefiniteFailure_D6() throws Exception {
        java.net.URI dead;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            dead = java.net.URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
        SendResult r = gatewayFor(new TelegramApi(FakeTelegramServer.TOKEN, dead)).send(chat, OutgoingMessage.text("x"));
        assertThat(r).isInstanceOf(SendResult.Unavailable.class);
    }

    @Test
    void aRetryResumesAfterThePartsAlreadyConfirmed() {
        List<StoryView> stories = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stories.add(Fixtures.story(i, "Story number " + i + " with a reasonably long headline", 2));
        }
        OutgoingMessage digest = new Posts(new BotText()).batch("Today", stories, BotLanguage.EN);
        int parts = new TelegramRenderer().render(digest).size();
        assertThat(parts).isGreaterThanOrEqualTo(3);
        fake.script("555", new FakeTelegramServer.Behaviour.Pass(), FakeTelegramServer.tooManyRequests(3));

        SendResult first = gateway.send(chat, digest);
        assertThat(first).isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(3), 1));
        SendResult rest = gateway.send(chat, digest, first.partsSent());
        assertThat(rest).isInstanceOf(SendResult.Sent.class);
        assertThat(rest.partsSent()).isEqualTo(parts - 1);
        assertThat(fake.sent).hasSize(parts);
        String all = String.join("\n\n", fake.shownTexts("555"));
        for (int i = 0; i < 50; i++) {
            assertThat(all).containsOnlyOnce("Story number " + i + " with");
        }
    }
}
