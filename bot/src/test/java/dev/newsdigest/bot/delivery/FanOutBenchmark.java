package dev.newsdigest.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Fixtures;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Posts;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.chat.telegram.TelegramApi;
import dev.newsdigest.bot.chat.telegram.TelegramGateway;
import dev.newsdigest.bot.chat.telegram.TelegramRenderer;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.ChatTestDb;
import dev.newsdigest.bot.storage.JdbcOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * Fan-out of one digest to N chats (default 10,000) through the real outbox, relay and TelegramBots client against
 * a fake Bot API that enforces Telegram's limits (L2, D9). Not part of {@code mvn verify}; run with
 * <pre>mvn -B -pl bot -am test -Dtest=FanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=fanout [-Dchats=10000]</pre>
 * The floor is N / 30 seconds (333 s for 10,000); the report gives the ratio to it and the 429 count.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "fanout")
class FanOutBenchmark {

    @Test
    void fanOutOneDigestToManyChats() throws Exception {
        int chats = Integer.getInteger("chats", 10_000);
        Clock clock = Clock.systemUTC();
        try (FakeTelegramServer fake = new FakeTelegramServer()) {
            FakeTelegramServer.Limits limits = fake.enforceLimits();
            DataSource ds = ChatTestDb.h2();
            JdbcOutbox outbox = new JdbcOutbox(ds);
            OutgoingMessage post = new Posts(new BotText()).story(Fixtures.story(1, "One story for everyone", 3), BotLanguage.EN);
            long t0 = System.nanoTime();
            for (int i = 0; i < chats; i++) {
                outbox.enqueue(new ChatRef(Platform.TELEGRAM, String.valueOf(1_000_000 + i), ChatKind.PRIVATE), post,
                        "story:1", Instant.now());
            }
            long enqueueMs = (System.nanoTime() - t0) / 1_000_000;
            TelegramApi api = new TelegramApi(FakeTelegramServer.TOKEN, fake.baseUrl());
            OkHttpTelegramClient client = new OkHttpTelegramClient(SendingHttpClient.standard(), api.token(), api.telegramUrl());
            TelegramGateway gateway = new TelegramGateway(client, new TelegramRenderer(), Duration.ofSeconds(30));
            Runtime rt = Runtime.getRuntime();
            long peakHeap = 0;
            long start = System.nanoTime();
            try (DeliveryRelay relay = new DeliveryRelay(outbox, List.of(gateway), RateLimiter.withDefaults(),
                    new ChatStore(ds, clock), RetryPolicy.standard(), clock, 4)) {
                java.util.concurrent.ScheduledExecutorService heap = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
                long[] peak = {0};
                heap.scheduleAtFixedRate(() -> peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory()),
                        0, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
                relay.drain(Duration.ofHours(2));
                heap.shutdownNow();
                peakHeap = peak[0];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double floor = chats / 30.0;
            System.out.printf("FANOUT chats=%d enqueue=%d ms delivered=%d time=%.1f s floor=%.1f s ratio=%.3f "
                            + "rate=%.2f msg/s 429s=%d peakHeap=%d MB%n", chats, enqueueMs, fake.sent.size(), seconds,
                    floor, seconds / floor, fake.sent.size() / seconds, limits.throttled.get(), peakHeap >> 20);
            assertThat(fake.sent).hasSize(chats);
            assertThat(outbox.counts().get(OutboxStatus.SENT)).isEqualTo(chats);
        }
    }
}
