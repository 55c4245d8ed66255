package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import dev.newsdigest.bot.chat.telegram.TelegramApi;
import dev.newsdigest.bot.chat.telegram.TelegramGateway;
import dev.newsdigest.bot.chat.telegram.TelegramRenderer;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.JdbcOutbox;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * Child JVM for {@link KillDuringDeliveryTest}: a relay delivering the outbox of database {@code args[0]} to the Bot
 * API at {@code args[1]} until it is killed. Its leases are short ({@code args[2]} ms) so the survivor's recovery
 * does not have to wait minutes.
 */
public final class DeliveryChild {
    public static void main(String[] args) throws Exception {
        Database db = Database.open(new StorageConfig(args[0], null, Secret.empty(), 4));
        TelegramApi api = new TelegramApi(args[1], URI.create(args[2]));
        OkHttpTelegramClient client = new OkHttpTelegramClient(SendingHttpClient.standard(), api.token(), api.telegramUrl());
        TelegramGateway gateway = new TelegramGateway(client, new TelegramRenderer(), Duration.ofSeconds(10));
        Clock clock = Clock.systemUTC();
        DeliveryRelay relay = new DeliveryRelay(new JdbcOutbox(db.dataSource()), List.of(gateway),
                RateLimiter.withDefaults(), new ChatStore(db.dataSource(), clock), RetryPolicy.standard(), clock, 4,
                Duration.ofMillis(Long.parseLong(args[3])));
        relay.start(Duration.ofMillis(50));
        Thread.sleep(Duration.ofHours(1).toMillis());
    }
}
