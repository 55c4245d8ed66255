package dev.newsdigest.bot.storage;

import static dev.newsdigest.bot.storage.JdbcSupport.clip;
import static dev.newsdigest.bot.storage.JdbcSupport.getInstant;
import static dev.newsdigest.bot.storage.JdbcSupport.setInstant;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.ChatSettings;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.UpdateDeduplicator;
import dev.newsdigest.bot.chat.port.ChatLifecycle;
import dev.newsdigest.bot.chat.port.ChatSettingsStore;
import dev.newsdigest.bot.chat.port.SubscriptionStore;
import dev.newsdigest.bot.delivery.SubscriberDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Chats, their subscriptions and settings, and processed inbound update ids, in the {@code chats},
 * {@code subscriptions} and {@code processed_updates} tables. Implements the command layer's ports and what delivery
 * reports back (a chat gone, a chat migrated).
 */
public final class ChatStore
        implements SubscriptionStore, ChatSettingsStore, ChatLifecycle, UpdateDeduplicator, SubscriberDirectory {

    /** How long processed update ids are remembered (Telegram keeps unconfirmed updates for 24 hours). */
    static final Duration UPDATE_MEMORY = Duration.ofDays(2);

    private final JdbcSupport db;
    private final Clock clock;

    public ChatStore(DataSource ds, Clock clock) {
        this.db = new JdbcSupport(ds);
        this.clock = clock;
    }

    static String key(ChatRef chat) {
        return JdbcOutbox.key(chat);
    }

    /** Makes sure the chat has a row (defaults), and clears "gone" when the chat talks to us again. */
    private void ensureChat(Connection c, ChatRef chat) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE chats SET gone_at = NULL, gone_reason = NULL, updated_at = ? WHERE chat_key = ?")) {
            setInstant(up, 1, now);
            up.setString(2, key(chat));
            if (up.executeUpdate() > 0) {
                return;
            }
        }
        ChatSettings d = ChatSettings.defaults();
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO chats (chat_key, platform, chat_id, kind, "
                + "delivery_mode, daily_at, time_zone, language, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ins.setString(1, key(chat));
            ins.setString(2, chat.platform().id());
            ins.setString(3, chat.id());
            ins.setString(4, chat.kind().name().toLowerCase(Locale.ROOT));
            ins.setString(5, d.mode().name().toLowerCase(Locale.ROOT));
            ins.setString(6, d.dailyAt().toString());
            ins.setString(7, d.zone().getId());
            ins.setString(8, d.language().code());
            setInstant(ins, 9, now);
            setInstant(ins, 10, now);
            ins.executeUpdate();
        }
    }

    @Override
    public boolean add(ChatRef chat, Subscription s) {
        return db.tx(c -> {
            ensureChat(c, chat);
            try (PreparedStatement check = c.prepareStatement(
                    "SELECT 1 FROM subscriptions WHERE chat_key = ? AND kind = ? AND sub_value = ?")) {
                check.setString(1, key(chat));
                check.setString(2, s.kind().id());
                check.setString(3, s.value());
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO subscriptions (chat_key, kind, sub_value, label, created_at) VALUES (?,?,?,?,?)")) {
                ins.setString(1, key(chat));
                ins.setString(2, s.kind().id());
                ins.setString(3, clip(s.value(), 200));
                ins.setString(4, clip(s.label(), 500));
                setInstant(ins, 5, clock.instant());
                ins.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public boolean remove(ChatRef chat, Subscription s) {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM subscriptions WHERE chat_key = ? AND kind = ? AND sub_value = ?")) {
                ps.setString(1, key(chat));
                ps.setString(2, s.kind().id());
                ps.setString(3, s.value());
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public int removeAll(ChatRef chat) {
        return db.tx(c -> deleteAll(c, key(chat)));
    }

    private static int deleteAll(Connection c, String chatKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM subscriptions WHERE chat_key = ?")) {
            ps.setString(1, chatKey);
            return ps.executeUpdate();
        }
    }

    @Override
    public List<Subscription> list(ChatRef chat) {
        return db.tx(c -> {
            List<Subscription> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, sub_value, label FROM subscriptions WHERE chat_key = ? ORDER BY seq")) {
                ps.setString(1, key(chat));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Subscription(Subscription.Kind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                                rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    /** Every chat that follows something and is not gone, with its subscriptions and settings. */
    @Override
    public List<Subscriber> subscribers() {
        return db.tx(c -> {
            List<Subscriber> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT c.chat_key, c.platform, c.chat_id, c.kind, "
                    + "c.delivery_mode, c.daily_at, c.time_zone, c.language, c.last_digest_at, c.digest_due_at, "
                    + "s.kind AS sub_kind, s.sub_value, s.label FROM chats c JOIN subscriptions s ON s.chat_key = c.chat_key "
                    + "WHERE c.gone_at IS NULL ORDER BY c.chat_key, s.seq");
                 ResultSet rs = ps.executeQuery()) {
                String current = null;
                List<Subscription> subs = null;
                while (rs.next()) {
                    String k = rs.getString("chat_key");
                    if (!k.equals(current)) {
                        current = k;
                        subs = new ArrayList<>();
                        ChatRef chat = new ChatRef(Platform.fromId(rs.getString("platform")), rs.getString("chat_id"),
                                ChatKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)));
                        out.add(new Subscriber(chat, settings(rs), subs, getInstant(rs, "last_digest_at"),
                                getInstant(rs, "digest_due_at")));
                    }
                    subs.add(new Subscription(Subscription.Kind.valueOf(rs.getString("sub_kind").toUpperCase(Locale.ROOT)),
                            rs.getString("sub_value"), rs.getString("label")));
                }
            }
            return out;
        });
    }

    @Override
    public void digestQueued(ChatRef chat, Instant coveredUntil, Instant next) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE chats SET last_digest_at = ?, digest_due_at = ? WHERE chat_key = ?")) {
                setInstant(ps, 1, coveredUntil);
                setInstant(ps, 2, next);
                ps.setString(3, key(chat));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public ChatSettings get(ChatRef chat) {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT delivery_mode, daily_at, time_zone, language "
                    + "FROM chats WHERE chat_key = ?")) {
                ps.setString(1, key(chat));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? settings(rs) : ChatSettings.defaults();
                }
            }
        });
    }

    private static ChatSettings settings(ResultSet rs) throws SQLException {
        return new ChatSettings(ChatSettings.DeliveryMode.valueOf(rs.getString("delivery_mode").toUpperCase(Locale.ROOT)),
                LocalTime.parse(rs.getString("daily_at")), ZoneId.of(rs.getString("time_zone")),
                BotLanguage.fromCode(rs.getString("language")).orElse(BotLanguage.EN));
    }

    @Override
    public void put(ChatRef chat, ChatSettings s) {
        db.tx(c -> {
            ensureChat(c, chat);
            try (PreparedStatement ps = c.prepareStatement("UPDATE chats SET delivery_mode = ?, daily_at = ?, "
                    + "time_zone = ?, language = ?, digest_due_at = NULL, updated_at = ? WHERE chat_key = ?")) {
                ps.setString(1, s.mode().name().toLowerCase(Locale.ROOT));
                ps.setString(2, s.dailyAt().toString());
                ps.setString(3, s.zone().getId());
                ps.setString(4, s.language().code());
                setInstant(ps, 5, clock.instant());
                ps.setString(6, key(chat));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void chatGone(ChatRef chat, String reason) {
        db.tx(c -> {
            deleteAll(c, key(chat));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE chats SET gone_at = ?, gone_reason = ? WHERE chat_key = ?")) {
                setInstant(ps, 1, clock.instant());
                ps.setString(2, clip(reason, 500));
                ps.setString(3, key(chat));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void chatMigrated(ChatRef from, ChatRef to) {
        db.tx(c -> {
            ensureChat(c, to);
            try (PreparedStatement copy = c.prepareStatement("UPDATE chats SET (delivery_mode, daily_at, time_zone, "
                    + "language, last_digest_at, digest_due_at) = (SELECT delivery_mode, daily_at, time_zone, language, "
                    + "last_digest_at, digest_due_at FROM chats WHERE chat_key = ?) WHERE chat_key = ? "
                    + "AND EXISTS (SELECT 1 FROM chats WHERE chat_key = ?)")) {
                copy.setString(1, key(from));
                copy.setString(2, key(to));
                copy.setString(3, key(from));
                copy.executeUpdate();
            }
            try (PreparedStatement move = c.prepareStatement("UPDATE subscriptions SET chat_key = ? WHERE chat_key = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM subscriptions t WHERE t.chat_key = ? "
                    + "AND t.kind = subscriptions.kind AND t.sub_value = subscriptions.sub_value)")) {
                move.setString(1, key(to));
                move.setString(2, key(from));
                move.setString(3, key(to));
                move.executeUpdate();
            }
            deleteAll(c, key(from));
            try (PreparedStatement gone = c.prepareStatement(
                    "UPDATE chats SET gone_at = ?, gone_reason = ? WHERE chat_key = ?")) {
                setInstant(gone, 1, clock.instant());
                gone.setString(2, "migrated to " + to.id());
                gone.setString(3, key(from));
                return gone.executeUpdate();
            }
        });
    }

    @Override
    public boolean firstSeen(Platform platform, String updateId) {
        return db.tx(c -> {
            try (PreparedStatement check = c.prepareStatement(
                    "SELECT 1 FROM processed_updates WHERE platform = ? AND update_id = ?")) {
                check.setString(1, platform.id());
                check.setString(2, clip(updateId, 200));
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO processed_updates (platform, update_id, seen_at) VALUES (?,?,?)")) {
                ins.setString(1, platform.id());
                ins.setString(2, clip(updateId, 200));
                setInstant(ins, 3, clock.instant());
                ins.executeUpdate();
                return true;
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    return false; // another instance took it first
                }
                throw e;
            }
        });
    }

    /** Forgets update ids older than {@link #UPDATE_MEMORY}. */
    public int pruneProcessedUpdates() {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM processed_updates WHERE seen_at < ?")) {
                setInstant(ps, 1, clock.instant().minus(UPDATE_MEMORY));
                return ps.executeUpdate();
            }
        });
    }
}
