package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY I4 with several instances: two bot instances on one PostgreSQL behind a (simulated) load balancer in
 * webhook mode. Telegram retries an update and the balancer sends the copies to different instances at the same
 * moment: each update is answered exactly once, whichever instance gets it.
 */
class WebhookBehindLoadBalancerTest {
    static final int UPDATES = 12;

    @TempDir
    Path dir;

    @Test
    void i4SameUpdateOnTwoInstancesAtOnceIsAnsweredOnce() throws Exception {
        StorageConfig storage = TestDatabases.postgres();
        try (FakeTelegramServer telegram = new FakeTelegramServer()) {
            Path config = dir.resolve("config");
            Files.createDirectories(config);
            Files.writeString(config.resolve("newsdigest.yaml"), """
                    storage:
                      url: %s
                      user: postgres
                      password: postgres
                    telegram:
                      token: "%s"
                      apiUrl: %s
                      webhookUrl: https://bot.example/telegram/webhook
                      webhookSecret: %s
                    http:
                      port: 0
                    schedule:
                      clustered: true
                    """.formatted(storage.url(), FakeTelegramServer.TOKEN, telegram.baseUrl(),
                    TelegramWebhookWiringTest.SECRET));
            Files.writeString(config.resolve("sources.yaml"), "sources: []\n");
            try (BotContext a = BotContext.open(config); ChatServices chatA = new ChatServices(a);
                 BotContext b = BotContext.open(config); ChatServices chatB = new ChatServices(b)) {
                chatA.start();
                chatB.start();
                HttpClient web = HttpClient.newHttpClient();
                ObjectMapper json = new ObjectMapper();
                List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
                for (int u = 1; u <= UPDATES; u++) {
                    String update = json.writeValueAsString(telegram.messageUpdate(900 + u, 7000 + u, "private",
                            7000 + u, "/subscribe keyword budget"));
                    for (ChatServices instance : List.of(chatA, chatB)) {
                        URI hook = URI.create("http://127.0.0.1:" + instance.httpPort() + ChatServices.TELEGRAM_WEBHOOK_PATH);
                        answers.add(web.sendAsync(HttpRequest.newBuilder(hook)
                                .POST(HttpRequest.BodyPublishers.ofString(update))
                                .header("Content-Type", "application/json")
                                .header("X-Telegram-Bot-Api-Secret-Token", TelegramWebhookWiringTest.SECRET).build(),
                                HttpResponse.BodyHandlers.discarding()));
                    }
                }
                for (CompletableFuture<HttpResponse<Void>> f : answers) {
                    assertThat(f.get().statusCode()).isEqualTo(200);
                }
                ChatEndToEndTest.waitFor(() -> telegram.sent.size() >= UPDATES, Duration.ofSeconds(20));
                Thread.sleep(500);
                for (int u = 1; u <= UPDATES; u++) {
                    assertThat(telegram.shownTexts(String.valueOf(7000 + u))).as("chat " + (7000 + u))
                            .containsExactly("Subscribed: keyword \"budget\".");
                }
                assertThat(telegram.sent).hasSize(UPDATES);
            }
        }
    }
}
