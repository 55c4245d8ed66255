package dev.newsdigest.bot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.FakePorts;
import dev.newsdigest.bot.chat.RecentUpdateIds;
import dev.newsdigest.bot.chat.command.AdminPolicy;
import dev.newsdigest.bot.chat.command.ChatCommands;
import dev.newsdigest.bot.chat.command.CommandPorts;
import dev.newsdigest.bot.chat.command.UserRateLimiter;
import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import dev.newsdigest.bot.chat.port.QuoteQueries;
import dev.newsdigest.bot.chat.port.QuoteQueries.QuoteView;
import dev.newsdigest.bot.http.BotHttpServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack HTTP mode end to end: signed requests on our HTTP server, Bolt's App, answers on response_url. */
class SlackHttpModeTest {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    FakeSlackServer fake;
    FakePorts ports;
    BotHttpServer http;
    SlackBot bot;
    final SlackSignature signer = new SlackSignature(SECRET, Clock.systemUTC());
    final HttpClient web = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final CountDownLatch dbRelease = new CountDownLatch(1);
    volatile boolean slowDb;

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeSlackServer();
        ports = new FakePorts();
        ports.people.add(new FakePorts.KnownPerson("peskov", "Дмитрий Песков", List.of("Песков", "Peskov")));
        ports.quotes.add(new QuoteView("Нет, не будем", "Дмитрий Песков", "peskov", "https://n.example/1", "H", "TASS",
                Instant.parse("2025-01-20T10:00:00Z")));
        QuoteQueries maybeSlow = (key, n) -> {
            if (slowDb) {
                awaitQuietly(dbRelease);
            }
            return ports.recentQuotes(key, n);
        };
        CommandPorts p = new CommandPorts(ports, ports, maybeSlow, ports, ports, ports, ports);
        Clock clock = Clock.systemUTC();
        ChatCommands commands = new ChatCommands(p, new AdminPolicy(Set.of(), Set.of("UADMIN")),
                UserRateLimiter.standard(clock), new BotText(), clock);
        SlackApi api = new SlackApi(FakeSlackServer.BOT_TOKEN, null, SECRET, fake.baseUrl());
        Slack slack = SlackClients.slack(api, SendingHttpClient.standard());
        bot = new SlackBot(api, slack, commands, new SlackGateway(slack, api.botToken(), new SlackRenderer()),
                new RecentUpdateIds(100));
        http = new BotHttpServer("127.0.0.1", 0, 4)
                .route("/slack/events", new SlackEventsEndpoint(bot.app(), new SlackSignature(SECRET, clock))).start();
    }

    @AfterEach
    void tearDown() {
        dbRelease.countDown();
        bot.close();
        http.close();
        fake.close();
    }

    String slashBody(String command, String text, String user, String responseId) {
        return "token=legacy&team_id=T1&team_domain=t&channel_id=C1&channel_name=general&user_id=" + user
                + "&user_name=someone&command=" + URLEncoder.encode(command, StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&api_app_id=A1&response_url=" + URLEncoder.encode(fake.responseUrl(responseId), StandardCharsets.UTF_8)
                + "&trigger_id=1.2.3";
    }

    int post(String body, String timestamp, String signature, String... extraHeaders) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (timestamp != null) {
            b.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            b.header("X-Slack-Signature", signature);
        }
        for (int i = 0; i < extraHeaders.length; i += 2) {
            b.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        return web.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    int postSigned(String body, long ts, String... extraHeaders) throws Exception {
        String t = String.valueOf(ts);
        return post(body, t, signer.sign(t, body.getBytes(StandardCharsets.UTF_8)), extraHeaders);
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    List<String> answerTexts() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (fake.responses.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(100);
        return fake.responses.stream().map(r -> r.toString()).toList();
    }

    @Test
    void signedSlashCommandIsAnsweredThroughResponseUrl() throws Exception {
        // Spaces (sent as "+") and Cyrillic in the raw body: the signature must be checked over these exact bytes (I1).
        String body = slashBody("/news", "quotes Песков 1", "U1", "r1");
        assertThat(postSigned(body, now())).isEqualTo(200);
        List<String> answers = answerTexts();
        assertThat(answers).singleElement().asString().contains("Нет, не будем", "\"response_type\":\"ephemeral\"");
    }

    @Test
    void forgedMissingMalformedOrReencodedSignaturesGet401AndRunNothing_I1() throws Exception {
        String body = slashBody("/quotes", "Peskov", "U1", "r2");
        String ts = String.valueOf(now());
        SlackSignature wrongSecret = new SlackSignature("not-the-secret", Clock.systemUTC());
        assertThat(post(body, ts, wrongSecret.sign(ts, body.getBytes(StandardCharsets.UTF_8)))).isEqualTo(401);
        assertThat(post(body, null, null)).isEqualTo(401);
        assertThat(post(body, ts, null)).isEqualTo(401);
        assertThat(post(body, ts, "v0=zzzz-not-hex")).isEqualTo(401);
        assertThat(post(body, "yesterday", signer.sign(ts, body.getBytes(StandardCharsets.UTF_8)))).isEqualTo(401);
        String cyrillic = slashBody("/quotes", "Песков", "U1", "r2");
        String signedOriginal = signer.sign(ts, cyrillic.getBytes(StandardCharsets.UTF_8));
        String reencoded = cyrillic.replace("%D0%9F", "%d0%9f"); // same form data, different bytes
        assertThat(post(reencoded, ts, signedOriginal)).isEqualTo(401);
        Thread.sleep(300);
        assertThat(fake.responses).isEmpty();
    }

    @Test
    void staleAndFutureTimestampsGet401_I2() throws Exception {
        String body = slashBody("/quotes", "Peskov", "U1", "r3");
        assertThat(postSigned(body, now() - 6 * 60)).isEqualTo(401);
        assertThat(postSigned(body, now() + 6 * 60)).isEqualTo(401);
        assertThat(postSigned(body, now() - 4 * 60)).isEqualTo(200);
    }

    @Test
    void slackRetriesAreAcknowledgedWithoutRunningAgain_I2() throws Exception {
        String body = slashBody("/quotes", "Peskov", "U1", "r4");
        assertThat(postSigned(body, now(), "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).isEqualTo(200);
        Thread.sleep(300);
        assertThat(fake.responses).isEmpty();
    }

    @Test
    void slowStorageDoesNotDelayTheAcknowledgement_I3() throws Exception {
        slowDb = true;
        String body = slashBody("/quotes", "Peskov", "U1", "r5");
        // The ack comes back while the command is still blocked on storage.
        assertThat(postSigned(body, now())).isEqualTo(200);
        assertThat(fake.responses).isEmpty();
        dbRelease.countDown();
        assertThat(answerTexts()).singleElement().asString().contains("Нет, не будем");
    }

    @Test
    void nonAdminAddsourceIsRefusedAndAuditLogged_I5() throws Exception {
        assertThat(postSigned(slashBody("/news", "addsource https://evil.example/rss", "U1", "r6"), now())).isEqualTo(200);
        assertThat(answerTexts()).singleElement().asString().contains("only the bot's admins");
        assertThat(ports.adminCalls).isEmpty();
        assertThat(ports.audit).extracting(FakePorts.AuditEntry::actor).containsExactly("slack:U1");
    }

    @Test
    void adminFromTheSignedPayloadMayAddSources_I5() throws Exception {
        assertThat(postSigned(slashBody("/news", "addsource https://good.example/rss Good", "UADMIN", "r7"), now())).isEqualTo(200);
        assertThat(answerTexts()).singleElement().asString().contains("Done: added source good");
        assertThat(ports.adminCalls).containsExactly("add https://good.example/rss Good by slack:UADMIN");
    }

    @Test
    void aButtonPressRunsItsCommand() throws Exception {
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\",\"name\":\"u\"},"
                + "\"api_app_id\":\"A1\",\"token\":\"legacy\",\"trigger_id\":\"1.2\",\"channel\":{\"id\":\"C1\",\"name\":\"general\"},"
                + "\"response_url\":\"" + fake.responseUrl("r8") + "\",\"actions\":[{\"type\":\"button\",\"action_id\":\""
                + SlackRenderer.CHOICE_ACTION + "0\",\"block_id\":\"b\",\"value\":\"/quotes key:peskov 1\",\"action_ts\":\"1\"}]}";
        String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
        assertThat(postSigned(body, now())).isEqualTo(200);
        assertThat(answerTexts()).singleElement().asString().contains("Нет, не будем");
    }

    @Test
    void slashCommandTextMapping() {
        assertThat(SlackBot.commandText("/news", "")).isEqualTo("/help");
        assertThat(SlackBot.commandText("/news", "quotes Peskov 3")).isEqualTo("/quotes Peskov 3");
        assertThat(SlackBot.commandText("/quotes", "Peskov")).isEqualTo("/quotes Peskov");
        assertThat(SlackBot.commandText("/digest", "")).isEqualTo("/digest");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
