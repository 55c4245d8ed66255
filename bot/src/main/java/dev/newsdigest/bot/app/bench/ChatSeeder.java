package dev.newsdigest.bot.app.bench;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.ChatSettings;
import dev.newsdigest.bot.chat.ChatSettings.DeliveryMode;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Subscribed Telegram chats for the memory benchmark ({@link RunProbe} with chats), stored through the bot's own
 * {@link ChatStore} before the bot starts, so that every digest fans out as it would in a busy deployment:
 * <ul>
 *   <li>nine chats in ten follow one source each, with instant posts, spread evenly (the j-th of them follows
 *       source j mod N): each new story of a source goes to 9 chats at 1,000 sources and 10,000 chats;</li>
 *   <li>one chat in ten follows everything with a daily digest at 08:00 in its time zone (a batched chat is read
 *       at every routing pass like the others, and its digest is due once a day).</li>
 * </ul>
 * The bot's own messages are in English, Russian and Ukrainian in turn. Chats are private (positive ids), so
 * Telegram's one-message-a-second-per-chat limit applies.
 */
public final class ChatSeeder {
    /** Telegram chat ids of the seeded chats start here. */
    static final long FIRST_CHAT_ID = 5_000_000_000L;

    private ChatSeeder() {}

    /** Stores {@code chats} chats with their subscriptions and settings in the (migrated here) database at {@code url}. */
    public static void seed(String url, int chats, List<String> sourceIds) {
        try (Database db = Database.open(new StorageConfig(url, null, Secret.empty(), 2))) {
            ChatStore store = new ChatStore(db.dataSource(), Clock.systemUTC());
            BotLanguage[] languages = BotLanguage.values();
            for (int i = 0; i < chats; i++) {
                ChatRef chat = new ChatRef(Platform.TELEGRAM, Long.toString(FIRST_CHAT_ID + i), ChatKind.PRIVATE);
                BotLanguage language = languages[i % languages.length];
                if (i % 10 == 0) {
                    store.add(chat, Subscription.all());
                    store.put(chat, new ChatSettings(DeliveryMode.DAILY, LocalTime.of(8, 0),
                            ZoneId.of(i % 20 == 0 ? "Europe/Kyiv" : "UTC"), language));
                } else {
                    int instant = i - i / 10 - 1;   // how many instant chats came before this one
                    store.add(chat, Subscription.source(sourceIds.get(instant % sourceIds.size())));
                    store.put(chat, new ChatSettings(DeliveryMode.INSTANT, LocalTime.of(8, 0), ZoneId.of("UTC"), language));
                }
            }
        }
    }

    /** Outbox rows by status in the database at {@code url}. */
    public static Map<String, Integer> outbox(String url) {
        try (Database db = Database.open(new StorageConfig(url, null, Secret.empty(), 2))) {
            return db.read("outbox by status", c -> {
                Map<String, Integer> out = new TreeMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM outbox GROUP BY status");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                }
                return out;
            });
        }
    }
}
