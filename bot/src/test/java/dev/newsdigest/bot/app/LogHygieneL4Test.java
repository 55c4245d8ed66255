package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.chat.slack.FakeSlackServer;
import dev.newsdigest.bot.chat.slack.FakeSocketModeServer;
import dev.newsdigest.bot.chat.slack.SlackSignature;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.testing.FeedServer;
import dev.newsdigest.bot.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY L4: whole runs with every logger at DEBUG (ours and the libraries': TelegramBots, Bolt, the Slack SDK,
 * OkHttp, Quartz, Hikari), capturing every log event with its full stack trace, java.util.logging and stdout/stderr.
 * No bot token, app token or signing secret may appear, in any spelling: Telegram puts its token in every request
 * path ({@code /bot<token>/sendMessage}), Slack sends its tokens in headers and form bodies, and error paths
 * (refused connections, API errors, forged signatures) are where a URL or a request usually ends up in a message.
 */
class LogHygieneL4Test {
    static final String SIGNING_SECRET = "5ee3c0ffee5ee3c0ffee5ee3c0ffee5e";
    static final String WEBHOOK_SECRET = "WebhookSecret_0123456789abcdef";

    @TempDir
    Path dir;

    /** Every way a secret could be spelled in a log line. */
    static List<String> spellings(String... secrets) {
        List<String> out = new ArrayList<>();
        for (String s : secrets) {
            out.add(s);
            out.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
            out.add(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
            int colon = s.indexOf(':');
            if (colon > 0) {
                out.add(s.substring(colon + 1));   // the secret half of a Telegram token
            }
            int dash = s.lastIndexOf('-');
            if (dash > 0 && s.length() - dash > 12) {
                out.add(s.substring(dash + 1));    // the secret part of a Slack token (the SDK logs a 16-char prefix)
            }
        }
        return out;
    }

    static void assertNoSecret(LogCapture logs, List<String> secrets) {
        String text = logs.text();
        for (String s : secrets) {
            int at = text.indexOf(s);
            assertThat(at).as("secret spelled '%s' in the logs: ...%s...", s,
                    at < 0 ? "" : text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 100))).isEqualTo(-1);
        }
    }

    private Path writeConfig(String yaml, String feedUrl) throws Exception {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"), yaml);
        Files.writeString(config.resolve("sources.yaml"), """
                sources:
                  - id: city
                    name: City News
                    url: %s
                    language: en
                """.formatted(feedUrl));
        return config;
    }

    private static String feed() {
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>City News</title><link>http://city.example/</link>
                <description>news</description><item><guid isPermaLink="false">urn:l4:1</guid>
                <link>http://city.example/budget</link><title>Council passes the city budget</title>
                <description><![CDATA[<p>The city council passed the budget on Monday after a long debate.
                "This budget keeps every school open," said Mayor Anna Keller after the vote. The council will
                meet again in March to discuss the new bridge and the river road.</p>]]></description>
                <pubDate>%s</pubDate></item></channel></rss>""".formatted(now);
    }

    static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    /**
     * Telegram (long polling) and Slack in HTTP mode: subscriptions from both, a forged Slack request, {@code run
     * --once} delivering to both with one permanent failure on each side, then the Telegram API gone (connection
     * refused on every poll).
     */
    @Test
    void l4_debugRunWithTelegramAndSlackHttpModeLogsNoTokenOrSigningSecret() throws Exception {
        List<String> secrets = spellings(FakeTelegramServer.TOKEN, FakeSlackServer.BOT_TOKEN, SIGNING_SECRET);
        try (FakeTelegramServer telegram = new FakeTelegramServer(); FakeSlackServer slack = new FakeSlackServer();
             FeedServer feeds = new FeedServer(4)) {
            feeds.feed("/city.xml", feed());
            Path config = writeConfig("""
                    storage:
                      url: jdbc:h2:file:%s
                    fetch:
                      allowHosts: [127.0.0.1]
                    telegram:
                      token: "%s"
                      apiUrl: %s
                    slack:
                      botToken: "%s"
                      signingSecret: "%s"
                      apiUrl: %s/api/
                    http:
                      port: 0
                    """.formatted(dir.resolve("data/nd").toAbsolutePath(), FakeTelegramServer.TOKEN, telegram.baseUrl(),
                    FakeSlackServer.BOT_TOKEN, SIGNING_SECRET, slack.baseUrl()), feeds.url("/city.xml"));
            try (LogCapture logs = new LogCapture(Path.of("target/LogHygieneL4Test-http-mode.log"))) {
                try (BotContext ctx = BotContext.open(config); ChatServices chat = new ChatServices(ctx)) {
                    chat.start();
                    telegram.queueMessage(500, "private", 77, "/subscribe keyword budget");
                    telegram.queueMessage(501, "private", 78, "/subscribe keyword budget");
                    ChatEndToEndTest.waitFor(() -> !telegram.sentTo("500").isEmpty() && !telegram.sentTo("501").isEmpty(),
                            Duration.ofSeconds(15));
                    URI events = URI.create("http://127.0.0.1:" + chat.httpPort() + "/slack/events");
                    HttpClient web = HttpClient.newHttpClient();
                    for (String channel : List.of("C1", "C2")) {
                        String body = slashCommand(channel, "subscribe keyword budget", slack.responseUrl(channel));
                        assertThat(web.send(signed(events, body, SIGNING_SECRET), HttpResponse.BodyHandlers.discarding())
                                .statusCode()).isEqualTo(200);
                    }
                    String forged = slashCommand("C3", "subscribe keyword budget", slack.responseUrl("C3"));
                    assertThat(web.send(signed(events, forged, "not-the-secret"), HttpResponse.BodyHandlers.discarding())
                            .statusCode()).isEqualTo(401);
                    ChatEndToEndTest.waitFor(() -> slack.responses.size() >= 2, Duration.ofSeconds(15));
                }
                // One chat has blocked the bot, one Slack channel is gone: errors that quote requests, if anything does.
                telegram.script("501", FakeTelegramServer.blocked());
                slack.script("C2", new FakeSlackServer.Behaviour.Error("channel_not_found"));
                // And transient failures, retried: a 502 from Telegram, a 503 with Retry-After from Slack.
                telegram.script("500", FakeTelegramServer.serverError());
                slack.script("C1", new FakeSlackServer.Behaviour.Http(503, "1"));

                String[] run = cli("run", "--once", "--config", config.toString());
                logs.add(run[1]);
                logs.add(run[2]);
                assertThat(run[0]).as(run[2]).isEqualTo("0");
                assertThat(telegram.sentTo("500")).hasSize(2);
                assertThat(slack.posted).extracting(p -> p.channel()).contains("C1");

                // The Bot API goes away: every long poll fails with a refused connection for a while.
                telegram.close();
                try (BotContext ctx = BotContext.open(config); ChatServices chat = new ChatServices(ctx)) {
                    chat.start();
                    Thread.sleep(1500);
                }

                // The capture saw the whole run, the libraries' DEBUG output included.
                assertThat(logs.events()).isGreaterThan(50);
                assertThat(logs.text()).contains("DEBUG [").contains("org.telegram.telegrambots")
                        .contains("com.slack.api").contains("DeliveryRelay").contains("Telegram did not start");
                assertNoSecret(logs, secrets);
            }
        }
    }

    /**
     * Telegram by webhook (its secret registered with setWebhook, updates with a wrong secret refused) and Slack in
     * Socket Mode (the app token opens the WebSocket; a slash command arrives over it), then {@code run --once}.
     */
    @Test
    void l4_debugRunWithTelegramWebhookAndSlackSocketModeLogsNoTokenOrSecret() throws Exception {
        List<String> secrets = spellings(FakeTelegramServer.TOKEN, WEBHOOK_SECRET, FakeSlackServer.BOT_TOKEN,
                FakeSlackServer.APP_TOKEN);
        try (FakeTelegramServer telegram = new FakeTelegramServer(); FakeSlackServer slack = new FakeSlackServer();
             FakeSocketModeServer ws = new FakeSocketModeServer(); FeedServer feeds = new FeedServer(4)) {
            slack.socketModeUrl = ws.url();
            feeds.feed("/city.xml", feed());
            Path config = writeConfig("""
                    storage:
                      url: jdbc:h2:file:%s
                    fetch:
                      allowHosts: [127.0.0.1]
                    telegram:
                      token: "%s"
                      apiUrl: %s
                      webhookUrl: https://bot.example/telegram/webhook
                      webhookSecret: %s
                    slack:
                      botToken: "%s"
                      appToken: "%s"
                      apiUrl: %s/api/
                    http:
                      port: 0
                    """.formatted(dir.resolve("data/nd").toAbsolutePath(), FakeTelegramServer.TOKEN, telegram.baseUrl(),
                    WEBHOOK_SECRET, FakeSlackServer.BOT_TOKEN, FakeSlackServer.APP_TOKEN, slack.baseUrl()),
                    feeds.url("/city.xml"));
            try (LogCapture logs = new LogCapture(Path.of("target/LogHygieneL4Test-socket-mode.log"))) {
                try (BotContext ctx = BotContext.open(config); ChatServices chat = new ChatServices(ctx)) {
                    chat.start();
                    ChatEndToEndTest.waitFor(ws::connected, Duration.ofSeconds(15));
                    ws.send("{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                            + "\"payload\":{\"token\":\"legacy\",\"team_id\":\"T1\",\"team_domain\":\"t\",\"channel_id\":\"C1\","
                            + "\"channel_name\":\"general\",\"user_id\":\"U1\",\"user_name\":\"u\",\"command\":\"/news\","
                            + "\"text\":\"subscribe keyword budget\",\"api_app_id\":\"A1\",\"response_url\":\""
                            + slack.responseUrl("sm1") + "\",\"trigger_id\":\"1.2\"}}");
                    ChatEndToEndTest.waitFor(() -> !slack.responses.isEmpty(), Duration.ofSeconds(15));

                    URI hook = URI.create("http://127.0.0.1:" + chat.httpPort() + ChatServices.TELEGRAM_WEBHOOK_PATH);
                    String update = new ObjectMapper().writeValueAsString(
                            telegram.messageUpdate(5, 500, "private", 77, "/subscribe keyword budget"));
                    HttpClient web = HttpClient.newHttpClient();
                    HttpRequest.Builder post = HttpRequest.newBuilder(hook)
                            .POST(HttpRequest.BodyPublishers.ofString(update)).header("Content-Type", "application/json");
                    HttpRequest wrong = post.copy().header("X-Telegram-Bot-Api-Secret-Token", "wrong-secret-0123456789").build();
                    assertThat(web.send(wrong, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
                    HttpRequest right = post.header("X-Telegram-Bot-Api-Secret-Token", WEBHOOK_SECRET).build();
                    assertThat(web.send(right, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
                    ChatEndToEndTest.waitFor(() -> !telegram.sentTo("500").isEmpty(), Duration.ofSeconds(15));
                }
                String[] run = cli("run", "--once", "--config", config.toString());
                logs.add(run[1]);
                logs.add(run[2]);
                assertThat(run[0]).as(run[2]).isEqualTo("0");
                assertThat(slack.posted).extracting(p -> p.channel()).contains("C1");
                assertThat(telegram.sentTo("500")).hasSize(2);

                assertThat(logs.events()).isGreaterThan(50);
                assertThat(logs.text()).contains("webhook request without the right secret token");
                assertNoSecret(logs, secrets);
            }
        }
    }

    private static String slashCommand(String channel, String text, String responseUrl) {
        return "team_id=T1&channel_id=" + channel + "&channel_name=general&user_id=U1&user_name=u&command=%2Fnews"
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id=1.2";
    }

    private static HttpRequest signed(URI events, String body, String secret) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return HttpRequest.newBuilder(events).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", new SlackSignature(secret, Clock.systemUTC())
                        .sign(ts, body.getBytes(StandardCharsets.UTF_8))).build();
    }
}
