package dev.newsdigest.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** Reads and records the health of sources (the row is created with the source by {@link SourceRegistry}). */
public final class SourceHealthStore {
    private final Database db;

    public SourceHealthStore(Database db) {
        this.db = db;
    }

    public SourceHealth get(String sourceId) {
        return db.read("source health", c -> get(c, sourceId));
    }

    public Map<String, SourceHealth> all() {
        return db.read("source health", c -> {
            Map<String, SourceHealth> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM source_health ORDER BY source_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SourceHealth h = health(rs);
                    out.put(h.sourceId(), h);
                }
            }
            return out;
        });
    }

    /** When admins were told this source is failing (RELIABILITY F1), or null when they were not (or it recovered). */
    public Instant alertedAt(String sourceId) {
        return db.read("source alert state", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT alerted_at FROM source_health WHERE source_id = ?")) {
                ps.setString(1, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Sql.getInstant(rs, "alerted_at") : null;
                }
            }
        });
    }

    /** Records that admins were told the source is failing ({@code at}), or that it recovered ({@code null}). */
    public void setAlertedAt(String sourceId, Instant at) {
        db.inTransaction("record alert of " + sourceId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE source_health SET alerted_at = ? WHERE source_id = ?")) {
                Sql.setInstant(ps, 1, at);
                ps.setString(2, sourceId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * A successful poll: the failure streak ends, the new validators are kept for the next conditional GET.
     * Called only after every new item of the poll was stored, so a crash mid-poll leaves the old validators and
     * the next poll sees the whole feed again.
     */
    public void recordSuccess(String sourceId, Instant at, boolean notModified, String etag, String lastModified,
                              String detectedType, int stored) {
        db.inTransaction("record success of " + sourceId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE source_health SET"
                    + " etag = CASE WHEN ? THEN etag ELSE ? END,"
                    + " last_modified = CASE WHEN ? THEN last_modified ELSE ? END,"
                    + " detected_type = COALESCE(?, detected_type),"
                    + " last_attempt_at = ?, last_success_at = ?, failures_in_row = 0, next_fetch_at = NULL,"
                    + " last_error_reason = NULL, last_error_message = NULL,"
                    + " polls = polls + 1, not_modified = not_modified + ?, articles_stored = articles_stored + ?"
                    + " WHERE source_id = ?")) {
                int i = 1;
                ps.setBoolean(i++, notModified);
                ps.setString(i++, Sql.clip(etag, 1024));
                ps.setBoolean(i++, notModified);
                ps.setString(i++, Sql.clip(lastModified, 200));
                ps.setString(i++, detectedType);
                Sql.setInstant(ps, i++, at);
                Sql.setInstant(ps, i++, at);
                ps.setInt(i++, notModified ? 1 : 0);
                ps.setInt(i++, stored);
                ps.setString(i, sourceId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * A failed poll: the streak grows and {@code nextFetchAt} (given the new streak length) says when to try again.
     *
     * @return the new number of failures in a row
     */
    public int recordFailure(String sourceId, Instant at, String reason, String message, IntFunction<Instant> nextFetchAt) {
        return db.inTransaction("record failure of " + sourceId, c -> {
            int failures = get(c, sourceId).failuresInRow() + 1;
            try (PreparedStatement ps = c.prepareStatement("UPDATE source_health SET last_attempt_at = ?,"
                    + " last_error_at = ?, last_error_reason = ?, last_error_message = ?, failures_in_row = ?,"
                    + " next_fetch_at = ?, polls = polls + 1 WHERE source_id = ?")) {
                Sql.setInstant(ps, 1, at);
                Sql.setInstant(ps, 2, at);
                ps.setString(3, reason);
                ps.setString(4, Sql.clip(message, 1000));
                ps.setInt(5, failures);
                Sql.setInstant(ps, 6, nextFetchAt.apply(failures));
                ps.setString(7, sourceId);
                ps.executeUpdate();
            }
            return failures;
        });
    }

    private static SourceHealth get(Connection c, String sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM source_health WHERE source_id = ?")) {
            ps.setString(1, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? health(rs) : SourceHealth.none(sourceId);
            }
        }
    }

    private static SourceHealth health(ResultSet rs) throws SQLException {
        return new SourceHealth(rs.getString("source_id"), rs.getString("etag"), rs.getString("last_modified"),
                rs.getString("detected_type"), Sql.getInstant(rs, "last_attempt_at"),
                Sql.getInstant(rs, "last_success_at"), Sql.getInstant(rs, "last_error_at"),
                rs.getString("last_error_reason"), rs.getString("last_error_message"), rs.getInt("failures_in_row"),
                Sql.getInstant(rs, "next_fetch_at"), rs.getLong("polls"), rs.getLong("not_modified"),
                rs.getLong("articles_stored"));
    }
}
