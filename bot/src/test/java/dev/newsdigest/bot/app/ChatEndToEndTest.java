package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.dedup.Fingerprints;
import dev.newsdigest.bot.ingest.dedup.ItemKeys;
import dev.newsdigest.bot.ingest.dedup.MinHash;
import dev.newsdigest.bot.storage.ArticleStore;
import dev.newsdigest.bot.storage.NewArticle;
import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.Digest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat side end to end through the real wiring ({@link ChatServices} on a {@link BotContext} from a config
 * directory): Telegram long polling against a fake Bot API, the real digest engine on the seed article of
 * {@code ../shared/eval/dev}, storage on H2, routing, the outbox and the relay.
 */
class ChatEndToEndTest {

    static final Path SEED = Path.of("../../shared/eval/dev/seed-ru-kremlin.txt");
    static final Path GOLD = Path.of("../../shared/eval/dev/gold.jsonl");
    static final long ADMIN = 42;
    static final long USER = 77;

    @TempDir
    Path dir;
    FakeTelegramServer telegram;
    BotContext ctx;
    ChatServices chat;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeTelegramServer();
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"), """
                storage:
                  url: jdbc:h2:file:%s
                telegram:
                  token: "%s"
                  apiUrl: %s
                http:
                  port: 0
                admins:
                  telegram: ["%d"]
                """.formatted(dir.resolve("data/nd").toAbsolutePath(), FakeTelegramServer.TOKEN, telegram.baseUrl(), ADMIN));
        Files.writeString(config.resolve("sources.yaml"), "sources: []\n");
        ctx = BotContext.open(config);
        chat = new ChatServices(ctx);
        chat.start();
    }

    @AfterEach
    void stop() {
        if (chat != null) {
            chat.close();
        }
        if (ctx != null) {
            ctx.close();
        }
        telegram.close();
    }

    /** Sends a message as a user and waits for the bot's answer in that chat. */
    String ask(long chatId, long userId, String text) throws Exception {
        int before = telegram.sentTo(String.valueOf(chatId)).size();
        telegram.queueMessage(chatId, chatId < 0 ? "supergroup" : "private", userId, text);
        waitFor(() -> telegram.sentTo(String.valueOf(chatId)).size() > before, Duration.ofSeconds(15));
        return telegram.shownTexts(String.valueOf(chatId)).get(before);
    }

    static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    void storeSeedArticle(Instant published) throws Exception {
        ctx.registry.add(new SourceConfig("interfax", "Interfax", URI.create("https://interfax.example/rss"), null,
                Duration.ofMinutes(10), false, "ru", List.of(), List.of(), true, null), "test");
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        String url = "https://interfax.example/kremlin";
        Digest d = EngineHolder.engine().digest(ArticleInput.ofText(url, text));
        ItemKeys keys = ItemKeys.of("interfax", "urn:seed", url);
        int[] minhash = MinHash.signature(d.text());
        new ArticleStore(ctx.db).store(new NewArticle("interfax", keys.url(), keys.urlHash(), "urn:seed", keys.guidHash(),
                Fingerprints.contentHash(d.headline(), d.text()), minhash, minhash == null ? null : MinHash.bands(minhash),
                d.headline(), published, Instant.now(), d));
    }

    List<String> goldPeskovQuotes() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(Files.readAllLines(GOLD, StandardCharsets.UTF_8).get(0));
        List<String> out = new ArrayList<>();
        gold.get("quotes").forEach(q -> {
            if (q.get("speaker").asText().contains("Песков")) {
                out.add(q.get("text").asText());
            }
        });
        return out;
    }

    @Test
    void subscribedChatsGetTheNewStoryAndQuotesAnswerInAnySpelling() throws Exception {
        assumeTrue(Files.exists(SEED) && Files.exists(GOLD), "needs ../shared/eval/dev (seed article and gold)");
        assertThat(telegram.calls).contains("getme", "setmycommands");
        assertThat(ask(500, USER, "/subscribe person Peskov")).isEqualTo("Subscribed: person Peskov.");
        assertThat(ask(600, ADMIN, "/subscribe")).isEqualTo("Subscribed: all news.");
        assertThat(ask(700, USER, "/subscribe keyword футбол")).isEqualTo("Subscribed: keyword \"футбол\".");

        storeSeedArticle(Instant.now().minusSeconds(300));
        chat.routeNow();
        waitFor(() -> telegram.sentTo("600").size() > 1 && telegram.sentTo("500").size() > 1, Duration.ofSeconds(20));

        String post = telegram.shownTexts("600").get(1);
        assertThat(post).startsWith("Беседа Трампа и Путина к инаугурации");
        assertThat(post).contains("— Дмитрий Песков", "People: ", "Source: Interfax");
        assertThat(telegram.sentTo("600").get(1).parseMode()).isEqualTo("HTML");
        assertThat(telegram.shownTexts("500").get(1)).isEqualTo(post); // quoted: the person follow fires
        Thread.sleep(500);
        assertThat(telegram.sentTo("700")).hasSize(1); // only the "Subscribed" reply: no football here

        // Routing again (the periodic pass, or a restart) posts nothing twice.
        chat.routeNow();
        Thread.sleep(1000);
        assertThat(telegram.sentTo("600")).hasSize(2);

        List<String> gold = goldPeskovQuotes();
        assertThat(gold).hasSize(3);
        for (String query : List.of("Peskov", "Песков", "Пескова", "Peskow", "Пєсков")) {
            String answer = ask(500, USER, "/quotes " + query);
            assertThat(answer).as(query).startsWith("Quotes of Дмитрий Песков");
            for (String q : gold) {
                assertThat(answer).as(query).contains(q);
            }
            assertThat(answer).as(query).contains("Interfax");
        }
        assertThat(ask(500, USER, "/people week")).contains("Дмитрий Песков");
        assertThat(ask(500, USER, "/digest today")).contains("Беседа Трампа и Путина");
    }

    @Test
    void nonAdminAddsourceIsRefusedAuditedAndChangesNothing_I5() throws Exception {
        assertThat(ask(-100500, USER, "/addsource https://evil.example/rss Evil"))
                .isEqualTo("Sorry, only the bot's admins can change sources.");
        assertThat(ctx.registry.list()).isEmpty();
        assertThat(ctx.audit.recent(5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("telegram:77");
            assertThat(e.action()).isEqualTo("/addsource.refused");
        });
        assertThat(ask(-100500, ADMIN, "/addsource https://good.example/rss Good News"))
                .startsWith("Done: added source good-news");
        assertThat(ctx.registry.find("good-news")).isPresent();
        assertThat(ask(-100500, ADMIN, "/pausesource good-news")).isEqualTo("Done: paused good-news");
        assertThat(ctx.registry.find("good-news").orElseThrow().enabled()).isFalse();
        assertThat(ask(-100500, ADMIN, "/setsource good-news every 0s")).startsWith("Not changed:");
        // Even an admin cannot point the fetcher at internal addresses (RELIABILITY S1, S2).
        assertThat(ask(-100500, ADMIN, "/addsource http://127.0.0.1:8080/feed Local")).startsWith("Not changed:");
        assertThat(ask(-100500, ADMIN, "/addsource http://169.254.169.254/latest/meta-data/ Meta")).startsWith("Not changed:");
        assertThat(ctx.registry.list()).hasSize(1);
    }

    @Test
    void anUpdateRedeliveredAfterARestartIsHandledOnce_I4() throws Exception {
        telegram.redeliverAfterRestart = true;
        assertThat(ask(800, USER, "/subscribe keyword нефть")).isEqualTo("Subscribed: keyword \"нефть\".");
        // Restart: the new long-polling session starts from offset 0 and Telegram hands the update over again.
        chat.close();
        chat = new ChatServices(ctx);
        chat.start();
        assertThat(ask(800, USER, "/subscriptions")).contains("keyword \"нефть\"");
        Thread.sleep(500);
        assertThat(telegram.handedOut.get(1)).isGreaterThanOrEqualTo(2); // it really came twice...
        assertThat(telegram.shownTexts("800")).hasSize(2); // ...and was answered once
    }
}
