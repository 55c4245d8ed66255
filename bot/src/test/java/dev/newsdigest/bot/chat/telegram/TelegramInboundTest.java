package dev.newsdigest.bot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.FakePorts;
import dev.newsdigest.bot.chat.RecentUpdateIds;
import dev.newsdigest.bot.chat.command.AdminPolicy;
import dev.newsdigest.bot.chat.command.ChatCommands;
import dev.newsdigest.bot.chat.command.UserRateLimiter;
import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import dev.newsdigest.bot.chat.port.ChatLifecycle;
import dev.newsdigest.bot.chat.port.QuoteQueries.QuoteView;
import dev.newsdigest.bot.http.BotHttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** Updates reaching the bot by webhook and by long polling, through the real TelegramBots classes. */
class TelegramInboundTest {

    static final String SECRET = "s3cret-token_0123456789";
    static final long ADMIN = 42;
    static final long STRANGER = 77;

    FakeTelegramServer fake;
    BotHttpServer http;
    FakePorts ports;
    TelegramUpdateHandler handler;
    OkHttpTelegramClient client;
    final ObjectMapper json = new ObjectMapper();
    final List<String> lifecycleEvents = new java.util.concurrent.CopyOnWriteArrayList<>();
    final ChatLifecycle lifecycle = new ChatLifecycle() {
        @Override
        public void chatGone(dev.newsdigest.bot.chat.ChatRef chat, String reason) {
            lifecycleEvents.add("gone " + chat + " " + reason);
        }

        @Override
        public void chatMigrated(dev.newsdigest.bot.chat.ChatRef from, dev.newsdigest.bot.chat.ChatRef to) {
            lifecycleEvents.add("migrated " + from + " -> " + to);
        }
    };
    final HttpClient web = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeTelegramServer();
        ports = new FakePorts();
        ports.people.add(new FakePorts.KnownPerson("peskov", "Дмитрий Песков", List.of("Песков", "Peskov")));
        ports.quotes.add(new QuoteView("Нет, не будем", "Дмитрий Песков", "peskov", "https://n.example/1", "H", "TASS",
                Instant.parse("2025-01-20T10:00:00Z")));
        TelegramApi api = new TelegramApi(FakeTelegramServer.TOKEN, fake.baseUrl());
        client = new OkHttpTelegramClient(SendingHttpClient.standard(), api.token(), api.telegramUrl());
        Clock clock = Clock.systemUTC();
        ChatCommands commands = new ChatCommands(ports.ports(), new AdminPolicy(Set.of(String.valueOf(ADMIN)), Set.of()),
                UserRateLimiter.standard(clock), new BotText(), clock);
        handler = new TelegramUpdateHandler(commands, new TelegramGateway(client, new TelegramRenderer(),
                Duration.ofSeconds(5)), client, new RecentUpdateIds(1000), lifecycle, "NewsDigestBot");
        http = new BotHttpServer("127.0.0.1", 0, 2)
                .route("/telegram", new TelegramWebhook(SECRET, handler, json)).start();
    }

    @AfterEach
    void tearDown() {
        http.close();
        fake.close();
    }

    int post(String secret, ObjectNode update) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/telegram"))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(update)))
                .header("Content-Type", "application/json");
        if (secret != null) {
            b.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return web.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void webhookWithoutTheRightSecretIs403AndNotProcessed_I4() throws Exception {
        ObjectNode update = fake.messageUpdate(1, 500, "private", STRANGER, "/help");
        assertThat(post(null, update)).isEqualTo(403);
        assertThat(post("wrong", update)).isEqualTo(403);
        assertThat(post(SECRET + "x", update)).isEqualTo(403);
        assertThat(fake.sent).isEmpty();
        assertThat(post(SECRET, update)).isEqualTo(200);
        assertThat(fake.shownTexts("500")).hasSize(1);
        assertThat(fake.shownTexts("500").get(0)).startsWith("I turn the news into short digests");
    }

    @Test
    void theSameUpdateIdTwiceIsHandledOnce_I4() throws Exception {
        ObjectNode update = fake.messageUpdate(7, 500, "private", STRANGER, "/quotes Peskov");
        assertThat(post(SECRET, update)).isEqualTo(200);
        assertThat(post(SECRET, update)).isEqualTo(200);
        assertThat(fake.shownTexts("500")).hasSize(1);
        assertThat(fake.shownTexts("500").get(0)).contains("«Нет, не будем» — Дмитрий Песков");
    }

    @Test
    void commandForAnotherBotIsIgnoredAndOursAnswered() throws Exception {
        assertThat(post(SECRET, fake.messageUpdate(1, -100500, "supergroup", STRANGER, "/quotes@OtherBot Peskov"))).isEqualTo(200);
        assertThat(fake.sent).isEmpty();
        post(SECRET, fake.messageUpdate(2, -100500, "supergroup", STRANGER, "/quotes@NewsDigestBot Peskov"));
        assertThat(fake.shownTexts("-100500")).hasSize(1);
    }

    @Test
    void nonAdminAddsourceIsRefusedAndAuditLogged_I5() throws Exception {
        post(SECRET, fake.messageUpdate(1, -100500, "supergroup", STRANGER, "/addsource https://evil.example/rss"));
        assertThat(fake.shownTexts("-100500")).containsExactly("Sorry, only the bot's admins can change sources.");
        assertThat(ports.adminCalls).isEmpty();
        assertThat(ports.audit).containsExactly(
                new FakePorts.AuditEntry("telegram:77", "/addsource", "https://evil.example/rss", false));
        post(SECRET, fake.messageUpdate(2, -100500, "supergroup", ADMIN, "/addsource https://good.example/rss Good"));
        assertThat(ports.adminCalls).containsExactly("add https://good.example/rss Good by telegram:42");
    }

    @Test
    void editedForwardedAndBotMessagesNeverRunCommands_I5() throws Exception {
        ObjectNode edited = fake.messageUpdate(1, 500, "private", ADMIN, "/removesource tass");
        edited.set("edited_message", edited.remove("message"));
        ObjectNode forwarded = fake.messageUpdate(2, 500, "private", ADMIN, "/removesource tass");
        ((ObjectNode) forwarded.get("message")).put("forward_date", 1_700_000_000);
        ObjectNode fromBot = fake.messageUpdate(3, 500, "private", ADMIN, "/removesource tass");
        ((ObjectNode) fromBot.get("message").get("from")).put("is_bot", true);
        for (ObjectNode u : List.of(edited, forwarded, fromBot)) {
            assertThat(post(SECRET, u)).isEqualTo(200);
        }
        assertThat(fake.sent).isEmpty();
        assertThat(ports.adminCalls).isEmpty();
    }

    @Test
    void aButtonPressRunsItsCommandAndStopsTheSpinner() throws Exception {
        ObjectNode u = json.createObjectNode().put("update_id", 9);
        ObjectNode q = u.putObject("callback_query").put("id", "cb1").put("data", "/quotes key:peskov 1")
                .put("chat_instance", "x");
        q.putObject("from").put("id", STRANGER).put("is_bot", false).put("first_name", "B");
        ObjectNode m = q.putObject("message").put("message_id", 5).put("date", 1_700_000_000);
        m.putObject("chat").put("id", 500).put("type", "private");
        assertThat(post(SECRET, u)).isEqualTo(200);
        assertThat(fake.answered).extracting(n -> n.get("callback_query_id").asText()).containsExactly("cb1");
        assertThat(fake.shownTexts("500")).singleElement().asString().contains("Нет, не будем");
    }

    @Test
    void choiceListsBecomeAnInlineKeyboard() throws Exception {
        ports.people.add(new FakePorts.KnownPerson("peskova", "Анна Пескова", List.of("Peskov")));
        post(SECRET, fake.messageUpdate(1, 500, "private", STRANGER, "/quotes Peskov"));
        var markup = fake.sentTo("500").get(0).replyMarkup();
        assertThat(markup.get("inline_keyboard").get(0).get(0).get("callback_data").asText()).isEqualTo("/quotes key:peskov 5");
        assertThat(markup.get("inline_keyboard").get(0).get(1).get("text").asText()).isEqualTo("Анна Пескова");
    }

    @Test
    void longPollingAnnouncesCommandsAndAnswersUpdates() throws Exception {
        TelegramBot bot = new TelegramBot(new TelegramApi(FakeTelegramServer.TOKEN, fake.baseUrl()), client, handler, new BotText());
        try (bot) {
            assertThat(bot.introduce()).isEqualTo("NewsDigestBot");
            assertThat(fake.calls).containsSubsequence("getme", "setmycommands", "setmycommands", "setmycommands");
            bot.startLongPolling();
            fake.queueMessage(600, "private", STRANGER, "/quotes Песков");
            long deadline = System.currentTimeMillis() + 10_000;
            while (fake.sentTo("600").isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        }
        assertThat(fake.shownTexts("600")).singleElement().asString().contains("Нет, не будем");
    }

    @Test
    void kickedBotAndUpgradedGroupAreRecordedAtOnce_D3_D4() throws Exception {
        ObjectNode kicked = json.createObjectNode().put("update_id", 20);
        ObjectNode m = kicked.putObject("my_chat_member").put("date", 1_700_000_000);
        m.putObject("chat").put("id", -100500).put("type", "supergroup");
        m.putObject("from").put("id", ADMIN).put("is_bot", false).put("first_name", "A");
        m.putObject("old_chat_member").put("status", "member").putObject("user").put("id", 1).put("is_bot", true).put("first_name", "B");
        m.putObject("new_chat_member").put("status", "kicked").put("until_date", 0).putObject("user").put("id", 1).put("is_bot", true).put("first_name", "B");
        assertThat(post(SECRET, kicked)).isEqualTo(200);
        ObjectNode upgraded = fake.messageUpdate(21, -500, "group", ADMIN, "x");
        ((ObjectNode) upgraded.get("message")).remove("text");
        ((ObjectNode) upgraded.get("message")).put("migrate_to_chat_id", -100600L);
        assertThat(post(SECRET, upgraded)).isEqualTo(200);
        assertThat(lifecycleEvents).containsExactly("gone telegram:-100500 bot kicked",
                "migrated telegram:-500 -> telegram:-100600");
    }
}
