package dev.newsdigest.bot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.FakePorts;
import dev.newsdigest.bot.chat.RecentUpdateIds;
import dev.newsdigest.bot.chat.command.AdminPolicy;
import dev.newsdigest.bot.chat.command.ChatCommands;
import dev.newsdigest.bot.chat.command.UserRateLimiter;
import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Socket Mode (the manifest's default) through Bolt's real SocketModeApp and its WebSocket client. */
class SlackSocketModeTest {

    static void waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!c.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void slashCommandOverSocketModeIsAcknowledgedAndAnswered() throws Exception {
        try (FakeSlackServer web = new FakeSlackServer(); FakeSocketModeServer ws = new FakeSocketModeServer()) {
            web.socketModeUrl = ws.url();
            FakePorts ports = new FakePorts();
            Clock clock = Clock.systemUTC();
            ChatCommands commands = new ChatCommands(ports.ports(), new AdminPolicy(Set.of(), Set.of()),
                    UserRateLimiter.standard(clock), new BotText(), clock);
            SlackApi api = new SlackApi(FakeSlackServer.BOT_TOKEN, FakeSlackServer.APP_TOKEN, null, web.baseUrl());
            Slack slack = SlackClients.slack(api, SendingHttpClient.standard());
            try (SlackBot bot = new SlackBot(api, slack, commands, new SlackGateway(slack, api.botToken(),
                    new SlackRenderer()), new RecentUpdateIds(10))) {
                bot.startSocketMode();
                waitFor(ws::connected);
                ws.send("{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                        + "\"payload\":{\"token\":\"legacy\",\"team_id\":\"T1\",\"team_domain\":\"t\",\"channel_id\":\"C1\","
                        + "\"channel_name\":\"general\",\"user_id\":\"U1\",\"user_name\":\"u\",\"command\":\"/news\","
                        + "\"text\":\"subscribe keyword gas\",\"api_app_id\":\"A1\",\"response_url\":\""
                        + web.responseUrl("sm1") + "\",\"trigger_id\":\"1.2\"}}");
                waitFor(() -> ws.received.stream().anyMatch(m -> m.contains("env-1")));
                waitFor(() -> !web.responses.isEmpty());
            }
            assertThat(web.responses.get(0).get("text").asText()).isEqualTo("Subscribed: keyword \"gas\".");
            assertThat(ports.subscriptions).hasSize(1);
        }
    }
}
