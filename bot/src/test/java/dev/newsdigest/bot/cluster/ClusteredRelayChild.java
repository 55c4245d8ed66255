package dev.newsdigest.bot.cluster;

import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import dev.newsdigest.bot.chat.telegram.TelegramApi;
import dev.newsdigest.bot.chat.telegram.TelegramGateway;
import dev.newsdigest.bot.chat.telegram.TelegramRenderer;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.delivery.DeliveryEvents;
import dev.newsdigest.bot.delivery.DeliveryRelay;
import dev.newsdigest.bot.delivery.RateLimiter;
import dev.newsdigest.bot.delivery.RetryPolicy;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.JdbcOutbox;
import dev.newsdigest.bot.storage.LeaseStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * Child JVM for {@link ClusteredDeliveryTest}: one instance's delivery side, a relay that sends only while this
 * process holds the {@code delivery} lease. Args: JDBC URL, Bot API token, Bot API base URL, leader lease ms, claim
 * lease ms. Runs until killed; SIGTERM stops it gracefully (relay first, then the lease).
 */
public final class ClusteredRelayChild {
    public static void main(String[] args) throws Exception {
        Database db = Database.open(new StorageConfig(args[0], "postgres", Secret.of("postgres"), 4));
        TelegramApi api = new TelegramApi(args[1], URI.create(args[2]));
        OkHttpTelegramClient client = new OkHttpTelegramClient(SendingHttpClient.standard(), api.token(), api.telegramUrl());
        Clock clock = Clock.systemUTC();
        Leadership leadership = new Leadership(new LeaseStore(db), InstanceId.get(), Duration.ofMillis(Long.parseLong(args[3])));
        LeaderRole role = leadership.role("delivery", Duration.ofSeconds(3), LeaderRole.Listener.NONE);
        DeliveryRelay relay = new DeliveryRelay(new JdbcOutbox(db.dataSource()),
                List.of(new TelegramGateway(client, new TelegramRenderer(), Duration.ofSeconds(10))),
                RateLimiter.withDefaults(), new ChatStore(db.dataSource(), clock), RetryPolicy.standard(), clock, 4,
                Duration.ofMillis(Long.parseLong(args[4])), role, DeliveryEvents.NONE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            relay.close();
            leadership.close();
            db.close();
        }));
        leadership.start();
        relay.start(Duration.ofMillis(50));
        System.out.println("relay started as " + InstanceId.get());
        Thread.sleep(Duration.ofHours(1).toMillis());
    }
}
