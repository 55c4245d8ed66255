package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.slack.FakeSlackServer;
import dev.newsdigest.bot.chat.slack.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slack in HTTP mode as configured in newsdigest.yaml: /slack/events on the bot's one HTTP server, signed. */
class SlackWiringTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void configuredSlackAnswersSignedCommandsAndRefusesForgedOnes_I1() throws Exception {
        try (FakeSlackServer slack = new FakeSlackServer()) {
            Path config = dir.resolve("config");
            Files.createDirectories(config);
            Files.writeString(config.resolve("newsdigest.yaml"), """
                    storage:
                      url: jdbc:h2:file:%s
                    slack:
                      botToken: "%s"
                      signingSecret: "%s"
                      apiUrl: %s/api/
                    http:
                      port: 0
                    """.formatted(dir.resolve("data/nd").toAbsolutePath(), FakeSlackServer.BOT_TOKEN, SECRET,
                    slack.baseUrl()));
            Files.writeString(config.resolve("sources.yaml"), "sources: []\n");
            try (BotContext ctx = BotContext.open(config); ChatServices chat = new ChatServices(ctx)) {
                chat.start();
                String body = "team_id=T1&channel_id=C1&channel_name=general&user_id=U1&user_name=u&command=%2Fnews"
                        + "&text=" + URLEncoder.encode("subscribe keyword нефть", StandardCharsets.UTF_8)
                        + "&response_url=" + URLEncoder.encode(slack.responseUrl("r1"), StandardCharsets.UTF_8)
                        + "&trigger_id=1.2";
                String ts = String.valueOf(Instant.now().getEpochSecond());
                HttpClient web = HttpClient.newHttpClient();
                URI events = URI.create("http://127.0.0.1:" + chat.httpPort() + "/slack/events");
                HttpRequest forged = HttpRequest.newBuilder(events).POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("X-Slack-Request-Timestamp", ts)
                        .header("X-Slack-Signature", new SlackSignature("wrong", Clock.systemUTC())
                                .sign(ts, body.getBytes(StandardCharsets.UTF_8))).build();
                assertThat(web.send(forged, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
                HttpRequest signed = HttpRequest.newBuilder(events).POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", ts)
                        .header("X-Slack-Signature", new SlackSignature(SECRET, Clock.systemUTC())
                                .sign(ts, body.getBytes(StandardCharsets.UTF_8))).build();
                assertThat(web.send(signed, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
                ChatEndToEndTest.waitFor(() -> !slack.responses.isEmpty(), Duration.ofSeconds(10));
                assertThat(slack.responses).hasSize(1);
                assertThat(slack.responses.get(0).get("text").asText()).isEqualTo("Subscribed: keyword \"нефть\".");
                HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + chat.httpPort() + "/healthz"))
                        .build();
                HttpResponse<String> healthz = web.send(health, HttpResponse.BodyHandlers.ofString());
                assertThat(healthz.statusCode()).isEqualTo(200);
                assertThat(healthz.body()).contains("\"status\":\"up\"").contains("\"slack\":{\"status\":\"up\"");
            }
        }
    }
}
