package dev.newsdigest.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Named leases in the {@code leases} table: at most one holder per name until {@code expires_at}, measured by the
 * database's clock (instances' clocks may disagree; the database is the one clock they share). Each change of holder
 * increments the fencing token, so work done under an older token can be refused by the database
 * ({@link #fenceClause}). The row is locked with {@code SELECT ... FOR UPDATE} while it is read and changed, so two
 * instances racing for a free lease serialise and exactly one wins.
 */
public final class LeaseStore {

    /** A lease held: by whom, under which token, until when (database clock). */
    public record Grant(String name, String holder, long token, Instant expiresAt, boolean renewed) {}

    /** Who holds a lease (or held it last), as the database sees it now. */
    public record Holder(String holder, long token, Instant expiresAt, boolean live) {}

    private final Database db;

    public LeaseStore(Database db) {
        this.db = db;
    }

    /**
     * Takes the lease when it is free or expired, renews it when {@code holder} has it; returns empty when another
     * holder has a live lease.
     */
    public Optional<Grant> tryAcquire(String name, String holder, Duration ttl) {
        Objects.requireNonNull(holder);
        return db.inTransaction("lease " + name, c -> {
            Instant now = dbNow(c);
            Instant until = now.plus(ttl);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT holder, fencing_token, expires_at FROM leases WHERE name = ? FOR UPDATE")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        try (PreparedStatement ins = c.prepareStatement("INSERT INTO leases (name, holder, fencing_token, "
                                + "acquired_at, expires_at) VALUES (?,?,1,?,?)")) {
                            ins.setString(1, name);
                            ins.setString(2, holder);
                            set(ins, 3, now);
                            set(ins, 4, until);
                            ins.executeUpdate(); // a concurrent insert: unique violation, inTransaction runs us again
                        }
                        return Optional.of(new Grant(name, holder, 1, until, false));
                    }
                    String current = rs.getString("holder");
                    long token = rs.getLong("fencing_token");
                    Instant expires = rs.getObject("expires_at", OffsetDateTime.class).toInstant();
                    boolean live = expires.isAfter(now);
                    if (holder.equals(current) && live) {
                        update(c, "UPDATE leases SET expires_at = ? WHERE name = ?", until, null, name);
                        return Optional.of(new Grant(name, holder, token, until, true));
                    }
                    if (current != null && live) {
                        return Optional.empty();
                    }
                    // Free or expired: a new term, even for the same holder (it may have acted as if it had lost it).
                    try (PreparedStatement up = c.prepareStatement("UPDATE leases SET holder = ?, fencing_token = ?, "
                            + "acquired_at = ?, expires_at = ? WHERE name = ?")) {
                        up.setString(1, holder);
                        up.setLong(2, token + 1);
                        set(up, 3, now);
                        set(up, 4, until);
                        up.setString(5, name);
                        up.executeUpdate();
                    }
                    return Optional.of(new Grant(name, holder, token + 1, until, false));
                }
            }
        });
    }

    /** Gives the lease up at once (graceful stop), if {@code holder} still has it. */
    public boolean release(String name, String holder) {
        return db.inTransaction("release lease " + name, c -> {
            Instant now = dbNow(c);
            return update(c, "UPDATE leases SET holder = NULL, expires_at = ? WHERE name = ? AND holder = ?", now, holder,
                    name) == 1;
        });
    }

    /** The lease's current or last holder, or empty when it was never taken. */
    public Optional<Holder> holder(String name) {
        return db.read("lease " + name, c -> {
            Instant now = dbNow(c);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT holder, fencing_token, expires_at FROM leases WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString("holder") == null) {
                        return Optional.empty();
                    }
                    Instant expires = rs.getObject("expires_at", OffsetDateTime.class).toInstant();
                    return Optional.of(new Holder(rs.getString("holder"), rs.getLong("fencing_token"), expires,
                            expires.isAfter(now)));
                }
            }
        });
    }

    /** The database's clock now. */
    public Instant databaseNow() {
        return db.read("database clock", LeaseStore::dbNow);
    }

    /**
     * An SQL condition, true only while {@code holder} has the live lease {@code name} under {@code token}; bind the
     * three values in that order. Used by the outbox claim, so a deposed sender cannot claim.
     */
    public static String fenceClause() {
        return "EXISTS (SELECT 1 FROM leases l WHERE l.name = ? AND l.holder = ? AND l.fencing_token = ? "
                + "AND l.expires_at > CURRENT_TIMESTAMP)";
    }

    static Instant dbNow(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CURRENT_TIMESTAMP");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    private static int update(Connection c, String sql, Instant at, String holder, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            set(ps, 1, at);
            ps.setString(2, name);
            if (holder != null) {
                ps.setString(3, holder);
            }
            return ps.executeUpdate();
        }
    }

    private static void set(PreparedStatement ps, int i, Instant t) throws SQLException {
        ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
    }
}
