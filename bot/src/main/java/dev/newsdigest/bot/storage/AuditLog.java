package dev.newsdigest.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who changed what and when. Entries are written in the same transaction as the change they describe, so the log
 * never claims a change that was rolled back.
 */
public final class AuditLog {
    /** One entry. Actors look like {@code cli:alice}, {@code file:config/sources.yaml}, {@code telegram:12345}. */
    public record Entry(Instant at, String actor, String action, String target, String detail) {}

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /** Records an entry inside the caller's transaction. */
    public static void record(Connection c, Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
            Sql.setInstant(ps, 1, e.at());
            ps.setString(2, Sql.clip(e.actor(), 200));
            ps.setString(3, Sql.clip(e.action(), 64));
            ps.setString(4, Sql.clip(e.target(), 200));
            ps.setString(5, Sql.clip(e.detail(), 4000));
            ps.executeUpdate();
        }
    }

    /** Records an entry on its own (e.g. a refused admin attempt, which changes nothing else). */
    public void record(Entry e) {
        db.inTransaction("audit", c -> {
            record(c, e);
            return null;
        });
    }

    /** The latest entries, newest first. */
    public List<Entry> recent(int limit) {
        return db.read("audit log", c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT at, actor, action, target, detail FROM audit_log ORDER BY id DESC")) {
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(Sql.getInstant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                                rs.getString("target"), rs.getString("detail")));
                    }
                }
            }
            return out;
        });
    }
}
