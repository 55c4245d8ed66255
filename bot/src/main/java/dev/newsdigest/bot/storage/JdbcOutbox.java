package dev.newsdigest.bot.storage;

import static dev.newsdigest.bot.storage.JdbcSupport.clip;
import static dev.newsdigest.bot.storage.JdbcSupport.getInstant;
import static dev.newsdigest.bot.storage.JdbcSupport.setInstant;

import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.delivery.DeliveryGate;
import dev.newsdigest.bot.delivery.MessageCodec;
import dev.newsdigest.bot.delivery.OutboxEntry;
import dev.newsdigest.bot.delivery.OutboxStatus;
import dev.newsdigest.bot.delivery.OutboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OutboxStore} on the {@code outbox} table (H2 or PostgreSQL). The claim takes due PENDING rows that have
 * no older unfinished row in the same chat (per-chat order) and, on PostgreSQL, locks them with
 * {@code FOR UPDATE SKIP LOCKED} so concurrent claimers on several instances never take the same row.
 */
public final class JdbcOutbox implements OutboxStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcOutbox.class);
    private static final String UNFINISHED = "('PENDING','SENDING')";

    private final JdbcSupport db;
    private final MessageCodec codec = new MessageCodec();
    private final String lockClause;

    public JdbcOutbox(DataSource ds) {
        this.db = new JdbcSupport(ds);
        // Both databases skip rows another claimer has locked; the conditional UPDATE below is the second guard.
        this.lockClause = db.isPostgres() ? " FOR UPDATE OF o SKIP LOCKED" : " FOR UPDATE SKIP LOCKED";
    }

    /** {@code 'telegram','slack'}: platform ids are our own enum names, safe to inline. */
    private static String in(Set<Platform> platforms) {
        return platforms.stream().map(p -> "'" + p.id() + "'").sorted().collect(java.util.stream.Collectors.joining(","));
    }

    static String key(ChatRef chat) {
        return chat.platform().id() + ":" + chat.id();
    }

    @Override
    public boolean enqueue(ChatRef chat, OutgoingMessage message, String dedupKey, Instant notBefore) {
        String json = codec.encode(message);
        return db.tx(c -> {
            try (PreparedStatement check = c.prepareStatement(
                    "SELECT 1 FROM outbox WHERE chat_key = ? AND dedup_key = ?")) {
                check.setString(1, key(chat));
                check.setString(2, dedupKey);
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (chat_key, platform, chat_id, chat_kind, "
                    + "dedup_key, message_json, status, parts_sent, attempts, next_attempt_at, created_at) "
                    + "VALUES (?,?,?,?,?,?,'PENDING',0,0,?,?)")) {
                ps.setString(1, key(chat));
                ps.setString(2, chat.platform().id());
                ps.setString(3, chat.id());
                ps.setString(4, chat.kind().name().toLowerCase(Locale.ROOT));
                ps.setString(5, dedupKey);
                ps.setString(6, json);
                setInstant(ps, 7, notBefore);
                setInstant(ps, 8, notBefore);
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    return false; // a concurrent enqueue of the same post won
                }
                throw e;
            }
        });
    }

    @Override
    public List<OutboxEntry> claim(int max, Instant now, Duration lease, String owner, Set<Platform> platforms) {
        return claim(max, now, lease, owner, platforms, DeliveryGate.Fence.NONE);
    }

    @Override
    public List<OutboxEntry> claim(int max, Instant now, Duration lease, String owner, Set<Platform> platforms,
                                   DeliveryGate.Fence fence) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        String fenced = fence.unfenced() ? "" : "AND " + LeaseStore.fenceClause() + " ";
        return db.tx(c -> {
            List<OutboxEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT o.id, o.platform, o.chat_id, o.chat_kind, o.message_json, o.parts_sent, o.attempts, o.created_at "
                            + "FROM outbox o WHERE o.status = 'PENDING' AND o.next_attempt_at <= ? "
                            + "AND o.platform IN (" + in(platforms) + ") " + fenced
                            + "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_key = o.chat_key AND p.id < o.id "
                            + "AND p.status IN " + UNFINISHED + ") "
                            + "ORDER BY o.next_attempt_at, o.id LIMIT ?" + lockClause)) {
                int i = 1;
                setInstant(ps, i++, now);
                if (!fence.unfenced()) {
                    ps.setString(i++, fence.lease());
                    ps.setString(i++, fence.holder());
                    ps.setLong(i++, fence.token());
                }
                ps.setInt(i, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ChatRef chat = new ChatRef(Platform.fromId(rs.getString("platform")), rs.getString("chat_id"),
                                ChatKind.valueOf(rs.getString("chat_kind").toUpperCase(Locale.ROOT)));
                        OutgoingMessage m;
                        long id = rs.getLong("id");
                        try {
                            m = codec.decode(rs.getString("message_json"));
                        } catch (IllegalArgumentException e) {
                            log.error("outbox row {} unreadable; marking it failed", id, e);
                            markUnreadable(c, id, now, e.getMessage());
                            continue;
                        }
                        out.add(new OutboxEntry(id, chat, m, rs.getInt("parts_sent"), rs.getInt("attempts"),
                                getInstant(rs, "created_at")));
                    }
                }
            }
            List<OutboxEntry> mine = new ArrayList<>(out.size());
            try (PreparedStatement up = c.prepareStatement("UPDATE outbox SET status = 'SENDING', claimed_by = ?, "
                    + "lease_until = ?, request_started_at = NULL WHERE id = ? AND status = 'PENDING'")) {
                for (OutboxEntry e : out) {
                    up.setString(1, owner);
                    setInstant(up, 2, now.plus(lease));
                    up.setLong(3, e.id());
                    if (up.executeUpdate() == 1) {
                        mine.add(e); // another claimer may have taken it between our read and this write
                    }
                }
            }
            return mine;
        });
    }

    private static void markUnreadable(java.sql.Connection c, long id, Instant now, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox SET status = 'FAILED', last_error = ?, finished_at = ? WHERE id = ?")) {
            ps.setString(1, clip(reason, 1000));
            setInstant(ps, 2, now);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    @Override
    public void requestStarted(long id, int partsSent, Instant at) {
        update("UPDATE outbox SET request_started_at = ?, parts_sent = ? WHERE id = ?", ps -> {
            setInstant(ps, 1, at);
            ps.setInt(2, partsSent);
            ps.setLong(3, id);
        });
    }

    @Override
    public boolean requestStarted(long id, int partsSent, Instant at, String owner) {
        return update("UPDATE outbox SET request_started_at = ?, parts_sent = ? WHERE id = ? AND status = 'SENDING' "
                + "AND claimed_by = ?", ps -> {
            setInstant(ps, 1, at);
            ps.setInt(2, partsSent);
            ps.setLong(3, id);
            ps.setString(4, owner);
        }) == 1;
    }

    @Override
    public void sent(long id, int partsSent, String platformMessageIds, Instant at) {
        update("UPDATE outbox SET status = 'SENT', parts_sent = ?, platform_message_ids = ?, finished_at = ?, "
                + "lease_until = NULL, last_error = NULL WHERE id = ?", ps -> {
            ps.setInt(1, partsSent);
            ps.setString(2, clip(platformMessageIds, 2000));
            setInstant(ps, 3, at);
            ps.setLong(4, id);
        });
    }

    @Override
    public void retryLater(long id, Instant next, int partsSent, boolean countAttempt, String reason) {
        update("UPDATE outbox SET status = 'PENDING', next_attempt_at = ?, parts_sent = ?, attempts = attempts + ?, "
                + "last_error = COALESCE(?, last_error), claimed_by = NULL, lease_until = NULL, request_started_at = NULL "
                + "WHERE id = ?", ps -> {
            setInstant(ps, 1, next);
            ps.setInt(2, partsSent);
            ps.setInt(3, countAttempt ? 1 : 0);
            ps.setString(4, clip(reason, 1000));
            ps.setLong(5, id);
        });
    }

    @Override
    public void finish(long id, OutboxStatus status, int partsSent, String reason) {
        if (!status.isFinal() || status == OutboxStatus.SENT) {
            throw new IllegalArgumentException("finish() takes FAILED, GONE or IN_DOUBT, not " + status);
        }
        update("UPDATE outbox SET status = ?, parts_sent = ?, last_error = ?, finished_at = ?, lease_until = NULL "
                + "WHERE id = ?", ps -> {
            ps.setString(1, status.name());
            ps.setInt(2, partsSent);
            ps.setString(3, clip(reason, 1000));
            setInstant(ps, 4, Instant.now());
            ps.setLong(5, id);
        });
    }

    @Override
    public int endChat(ChatRef chat, String reason) {
        return update("UPDATE outbox SET status = 'GONE', last_error = ?, finished_at = ? WHERE chat_key = ? "
                + "AND status = 'PENDING'", ps -> {
            ps.setString(1, clip("chat gone: " + reason, 1000));
            setInstant(ps, 2, Instant.now());
            ps.setString(3, key(chat));
        });
    }

    @Override
    public int moveChat(ChatRef from, ChatRef to) {
        return db.tx(c -> {
            // A post queued for both ids (unlikely) stays with the new chat only.
            try (PreparedStatement dup = c.prepareStatement("UPDATE outbox SET status = 'FAILED', "
                    + "last_error = 'duplicate after chat migration', finished_at = ? WHERE chat_key = ? "
                    + "AND status IN " + UNFINISHED + " AND dedup_key IN (SELECT dedup_key FROM outbox WHERE chat_key = ?)")) {
                setInstant(dup, 1, Instant.now());
                dup.setString(2, key(from));
                dup.setString(3, key(to));
                dup.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET chat_key = ?, chat_id = ? "
                    + "WHERE chat_key = ? AND status IN " + UNFINISHED)) {
                ps.setString(1, key(to));
                ps.setString(2, to.id());
                ps.setString(3, key(from));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int recoverExpiredLeases(Instant now) {
        return db.tx(c -> {
            int n;
            try (PreparedStatement inDoubt = c.prepareStatement("UPDATE outbox SET status = 'IN_DOUBT', finished_at = ?, "
                    + "last_error = 'sender died after the request started' WHERE status = 'SENDING' AND lease_until < ? "
                    + "AND request_started_at IS NOT NULL")) {
                setInstant(inDoubt, 1, now);
                setInstant(inDoubt, 2, now);
                n = inDoubt.executeUpdate();
            }
            if (n > 0) {
                log.error("ALERT {} outbox rows in doubt: their sender died after starting the request", n);
            }
            try (PreparedStatement back = c.prepareStatement("UPDATE outbox SET status = 'PENDING', claimed_by = NULL, "
                    + "lease_until = NULL WHERE status = 'SENDING' AND lease_until < ? AND request_started_at IS NULL")) {
                setInstant(back, 1, now);
                n += back.executeUpdate();
            }
            return n;
        });
    }

    @Override
    public Map<OutboxStatus, Long> counts() {
        return db.tx(c -> {
            Map<OutboxStatus, Long> m = new EnumMap<>(OutboxStatus.class);
            for (OutboxStatus s : OutboxStatus.values()) {
                m.put(s, 0L);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) AS n FROM outbox GROUP BY status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                }
            }
            return m;
        });
    }

    @Override
    public Backlog backlog() {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox WHERE status IN " + UNFINISHED);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Backlog(rs.getLong("n"), getInstant(rs, "oldest"));
            }
        });
    }

    @Override
    public long pendingDue(Instant until, Set<Platform> platforms) {
        if (platforms.isEmpty()) {
            return 0;
        }
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE platform IN ("
                    + in(platforms) + ") AND ((status = 'PENDING' AND next_attempt_at <= ?) OR status = 'SENDING')")) {
                setInstant(ps, 1, until);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Delivery history of one chat, oldest first (tests and diagnostics). */
    public List<String> statusesOf(ChatRef chat) {
        return db.tx(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM outbox WHERE chat_key = ? ORDER BY id")) {
                ps.setString(1, key(chat));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        });
    }
}
