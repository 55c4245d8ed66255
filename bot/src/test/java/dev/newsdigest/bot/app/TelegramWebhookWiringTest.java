package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telegram in webhook mode as configured: setWebhook with the secret, updates on the bot's own HTTP server. */
class TelegramWebhookWiringTest {

    static final String SECRET = "webhook_secret-0123456789";

    @TempDir
    Path dir;

    @Test
    void configuredWebhookRegistersTheSecretAndOnlyAcceptsUpdatesCarryingIt_I4() throws Exception {
        try (FakeTelegramServer telegram = new FakeTelegramServer()) {
            Path config = dir.resolve("config");
            Files.createDirectories(config);
            Files.writeString(config.resolve("newsdigest.yaml"), """
                    storage:
                      url: jdbc:h2:file:%s
                    telegram:
                      token: "%s"
                      apiUrl: %s
                      webhookUrl: https://bot.example/telegram/webhook
                      webhookSecret: %s
                    http:
                      port: 0
                    """.formatted(dir.resolve("data/nd").toAbsolutePath(), FakeTelegramServer.TOKEN,
                    telegram.baseUrl(), SECRET));
            Files.writeString(config.resolve("sources.yaml"), "sources: []\n");
            try (BotContext ctx = BotContext.open(config); ChatServices chat = new ChatServices(ctx)) {
                chat.start();
                assertThat(telegram.calls).contains("getme", "setwebhook").doesNotContain("getupdates");
                URI hook = URI.create("http://127.0.0.1:" + chat.httpPort() + ChatServices.TELEGRAM_WEBHOOK_PATH);
                String update = new ObjectMapper().writeValueAsString(
                        telegram.messageUpdate(5, 500, "private", 77, "/subscribe"));
                HttpClient web = HttpClient.newHttpClient();
                HttpRequest.Builder post = HttpRequest.newBuilder(hook).POST(HttpRequest.BodyPublishers.ofString(update))
                        .header("Content-Type", "application/json");
                assertThat(web.send(post.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
                HttpRequest wrong = HttpRequest.newBuilder(hook).POST(HttpRequest.BodyPublishers.ofString(update))
                        .header("X-Telegram-Bot-Api-Secret-Token", SECRET.toUpperCase()).build();
                assertThat(web.send(wrong, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
                assertThat(telegram.sent).isEmpty();
                HttpRequest right = post.header("X-Telegram-Bot-Api-Secret-Token", SECRET).build();
                assertThat(web.send(right, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
                assertThat(web.send(right, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
                ChatEndToEndTest.waitFor(() -> !telegram.sent.isEmpty(), Duration.ofSeconds(5));
                Thread.sleep(300);
                assertThat(telegram.shownTexts("500")).containsExactly("Subscribed: all news.");
            }
        }
    }
}
