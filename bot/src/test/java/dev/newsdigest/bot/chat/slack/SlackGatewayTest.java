package dev.newsdigest.bot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Fixtures;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Slack SDK against a fake Web API: every Slack outcome becomes the right SendResult. */
class SlackGatewayTest {

    FakeSlackServer fake;
    SlackGateway gateway;
    final ChatRef channel = new ChatRef(Platform.SLACK, "C123", ChatKind.GROUP);

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeSlackServer();
        SlackApi api = new SlackApi(FakeSlackServer.BOT_TOKEN, null, "secret", fake.baseUrl());
        gateway = new SlackGateway(SlackClients.slack(api, SendingHttpClient.create(Duration.ofSeconds(2),
                Duration.ofSeconds(5))), api.botToken(), new SlackRenderer());
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    @Test
    void postsBlocksWhereMentionsAreLiteralText_R3() {
        assertThat(gateway.send(channel, Fixtures.hostilePost())).isInstanceOf(SendResult.Sent.class);
        assertThat(fake.posted).hasSize(1);
        String blocks = fake.posted.get(0).blocks().toString();
        assertThat(blocks).contains("&lt;!channel&gt;", "&lt;@U123&gt;").doesNotContain("<!channel>", "<@U123>");
        assertThat(fake.posted.get(0).text()).doesNotContain("<!channel>");
    }

    @Test
    void tooManyRequestsHonoursRetryAfter_D2() {
        fake.script("C123", new FakeSlackServer.Behaviour.Http(429, "30"));
        assertThat(gateway.send(channel, OutgoingMessage.text("x"))).isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(30), 0));
        assertThat(fake.postAttempts).hasSize(1);
    }

    @Test
    void archivedOrUnknownChannelIsGoneAndServerErrorsAreRetryable_D3_D8() {
        fake.script("C123", new FakeSlackServer.Behaviour.Error("channel_not_found"),
                new FakeSlackServer.Behaviour.Error("is_archived"), new FakeSlackServer.Behaviour.Http(503, null));
        assertThat(gateway.send(channel, OutgoingMessage.text("x"))).isInstanceOf(SendResult.ChatGone.class);
        assertThat(gateway.send(channel, OutgoingMessage.text("x"))).isInstanceOf(SendResult.ChatGone.class);
        assertThat(gateway.send(channel, OutgoingMessage.text("x"))).isInstanceOf(SendResult.Unavailable.class);
    }

    @Test
    void refusedBlocksFallBackToTextOnce_D5() {
        fake.script("C123", new FakeSlackServer.Behaviour.Error("invalid_blocks"));
        assertThat(gateway.send(channel, Fixtures.hostilePost())).isInstanceOf(SendResult.Sent.class);
        assertThat(fake.posted).singleElement().satisfies(p -> assertThat(p.blocks()).isNull());
    }

    @Test
    void lostAnswerIsInDoubtAndNotRepeated_D7() {
        fake.script("C123", new FakeSlackServer.Behaviour.AcceptThenDrop());
        assertThat(gateway.send(channel, OutgoingMessage.text("x"))).isInstanceOf(SendResult.InDoubt.class);
        assertThat(fake.postAttempts).hasSize(1);
    }
}
