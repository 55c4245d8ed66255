package dev.newsdigest.bot.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.config.Durations;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.config.SourceType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The effective list of sources, kept in the database so that admin edits survive restarts and every instance sees
 * the same list.
 *
 * <p>How {@code sources.yaml} and admin edits combine (the latest change of a source wins):
 * <ul>
 *   <li>Each row remembers the hash of the file entry last applied to it ({@code file_hash}).</li>
 *   <li>When the file is (re)loaded, an entry whose hash differs from the row's is applied: the file was edited
 *       after any admin edit. An entry whose hash is unchanged leaves the row alone, so admin edits and removals
 *       made since then stand, across restarts.</li>
 *   <li>A row that came from the file and whose entry has disappeared from the file is removed.</li>
 *   <li>Sources added by an admin never came from the file and are left alone by file reloads.</li>
 *   <li>Removal is soft ({@code removed = TRUE}): stored articles keep their link to the source.</li>
 * </ul>
 * Every change is written to the audit log in the same transaction.
 */
public final class SourceRegistry {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    static final String ORIGIN_FILE = "file";
    static final String ORIGIN_ADMIN = "admin";

    /** A source as stored, with who last set it. */
    public record StoredSource(SourceConfig config, String origin, Instant updatedAt, String updatedBy) {}

    /** What a file reload changed. */
    public record ReconcileResult(List<String> added, List<String> updated, List<String> removed) {
        public boolean changed() {
            return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty();
        }
    }

    private final Database db;
    private final Clock clock;

    public SourceRegistry(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Sources that are not removed, by id. */
    public List<StoredSource> list() {
        return db.read("list sources", c -> select(c, "WHERE removed = FALSE ORDER BY id"));
    }

    public List<SourceConfig> enabled() {
        return list().stream().map(StoredSource::config).filter(SourceConfig::enabled).toList();
    }

    public Optional<SourceConfig> find(String id) {
        return db.read("find source", c -> row(c, id, false)).filter(r -> !r.removed).map(r -> r.stored.config());
    }

    /**
     * A value that changes whenever any source row changes (count and latest update), so a running bot notices
     * edits made by another process (the CLI, another instance) with one cheap query.
     */
    public String revision() {
        return db.read("source revision", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MAX(updated_at) FROM sources");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                java.time.OffsetDateTime t = rs.getObject(2, java.time.OffsetDateTime.class);
                return rs.getLong(1) + "@" + (t == null ? "-" : t.toInstant().toString());
            }
        });
    }

    /** Applies the sources of {@code sources.yaml} (see the class comment for the rules). */
    public ReconcileResult reconcile(List<SourceConfig> fileSources, String actor) {
        return db.inTransaction("apply sources.yaml", c -> {
            Instant now = clock.instant();
            List<String> added = new ArrayList<>();
            List<String> updated = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            Set<String> inFile = fileSources.stream().map(SourceConfig::id).collect(Collectors.toSet());
            for (SourceConfig s : fileSources) {
                String hash = fileHash(s);
                Optional<Row> existing = row(c, s.id(), true);
                if (existing.isEmpty()) {
                    insert(c, s, ORIGIN_FILE, hash, actor, now);
                    audit(c, now, actor, "source.add", s.id(), describe(s));
                    added.add(s.id());
                } else if (!hash.equals(existing.get().fileHash)) {
                    update(c, s, ORIGIN_FILE, hash, false, actor, now);
                    audit(c, now, actor, "source.update", s.id(), describe(s));
                    updated.add(s.id());
                }
            }
            for (StoredSource s : select(c, "WHERE removed = FALSE AND file_hash IS NOT NULL")) {
                String id = s.config().id();
                if (!inFile.contains(id)) {
                    markRemoved(c, id, true, actor, now);
                    audit(c, now, actor, "source.remove", id, "no longer in the file");
                    removed.add(id);
                }
            }
            return new ReconcileResult(added, updated, removed);
        });
    }

    /**
     * Adds a source on an admin's behalf; a removed source with the same id comes back with the new values.
     *
     * @throws IllegalStateException when a source with that id exists
     */
    public void add(SourceConfig s, String actor) {
        db.inTransaction("add source " + s.id(), c -> {
            Instant now = clock.instant();
            Optional<Row> existing = row(c, s.id(), true);
            if (existing.isPresent() && !existing.get().removed) {
                throw new IllegalStateException("a source with id '" + s.id() + "' exists already");
            }
            if (existing.isPresent()) {
                update(c, s, ORIGIN_ADMIN, existing.get().fileHash, false, actor, now);
            } else {
                insert(c, s, ORIGIN_ADMIN, null, actor, now);
            }
            audit(c, now, actor, "source.add", s.id(), describe(s));
            return null;
        });
    }

    /**
     * Replaces a source's values on an admin's behalf (the caller validated them).
     *
     * @throws IllegalStateException when there is no such source
     */
    public void replace(SourceConfig s, String actor, String action) {
        db.inTransaction("update source " + s.id(), c -> {
            Instant now = clock.instant();
            Row existing = row(c, s.id(), true).filter(r -> !r.removed)
                    .orElseThrow(() -> new IllegalStateException("no source with id '" + s.id() + "'"));
            update(c, s, ORIGIN_ADMIN, existing.fileHash, false, actor, now);
            audit(c, now, actor, action, s.id(), describe(s));
            return null;
        });
    }

    /** @throws IllegalStateException when there is no such source */
    public void remove(String id, String actor) {
        db.inTransaction("remove source " + id, c -> {
            Instant now = clock.instant();
            row(c, id, true).filter(r -> !r.removed)
                    .orElseThrow(() -> new IllegalStateException("no source with id '" + id + "'"));
            markRemoved(c, id, false, actor, now);
            audit(c, now, actor, "source.remove", id, null);
            return null;
        });
    }

    /** Hash of everything a file entry says, so an unchanged entry is recognised across restarts. */
    static String fileHash(SourceConfig s) {
        String canonical = String.join("\u0000", s.id(), s.name(), s.url().toString(),
                s.type() == null ? "" : s.type().key(), Long.toString(s.every().toSeconds()), Boolean.toString(s.fullText()),
                String.valueOf(s.language()), String.join("\u0001", s.include()), String.join("\u0001", s.exclude()),
                Boolean.toString(s.enabled()), String.valueOf(s.charset()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String describe(SourceConfig s) {
        return "url=" + s.url() + ", name=" + s.name() + ", type=" + (s.type() == null ? "auto" : s.type().key())
                + ", every=" + Durations.format(s.every()) + ", fullText=" + s.fullText() + ", language="
                + s.language() + ", include=" + s.include() + ", exclude=" + s.exclude() + ", enabled=" + s.enabled()
                + ", charset=" + s.charset();
    }

    private static void audit(Connection c, Instant now, String actor, String action, String target, String detail)
            throws SQLException {
        AuditLog.record(c, new AuditLog.Entry(now, actor, action, target, detail));
    }

    private record Row(StoredSource stored, boolean removed, String fileHash) {}

    private static Optional<Row> row(Connection c, String id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sources WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(stored(rs), rs.getBoolean("removed"), rs.getString("file_hash")));
            }
        }
    }

    private static List<StoredSource> select(Connection c, String where) throws SQLException {
        List<StoredSource> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sources " + where);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(stored(rs));
            }
        }
        return out;
    }

    private static StoredSource stored(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        SourceConfig config = new SourceConfig(rs.getString("id"), rs.getString("name"), URI.create(rs.getString("url")),
                type == null ? null : SourceType.parse(type), Duration.ofSeconds(rs.getLong("every_seconds")),
                rs.getBoolean("full_text"), rs.getString("language"), strings(rs.getString("include_words")),
                strings(rs.getString("exclude_words")), rs.getBoolean("enabled"), rs.getString("charset"));
        return new StoredSource(config, rs.getString("origin"), Sql.getInstant(rs, "updated_at"), rs.getString("updated_by"));
    }

    private static void insert(Connection c, SourceConfig s, String origin, String fileHash, String actor, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (name, url, type, every_seconds, full_text,"
                + " language, include_words, exclude_words, charset, enabled, removed, origin, file_hash, updated_at,"
                + " updated_by, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = bindValues(ps, s, origin, fileHash, false, actor, now);
            Sql.setInstant(ps, i++, now);
            ps.setString(i, s.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_health (source_id, failures_in_row, polls,"
                + " not_modified, articles_stored) SELECT ?, 0, 0, 0, 0 WHERE NOT EXISTS"
                + " (SELECT 1 FROM source_health WHERE source_id = ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.id());
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, SourceConfig s, String origin, String fileHash, boolean removed, String actor,
                               Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sources SET name = ?, url = ?, type = ?,"
                + " every_seconds = ?, full_text = ?, language = ?, include_words = ?, exclude_words = ?, charset = ?,"
                + " enabled = ?, removed = ?, origin = ?, file_hash = ?, updated_at = ?, updated_by = ? WHERE id = ?")) {
            int i = bindValues(ps, s, origin, fileHash, removed, actor, now);
            ps.setString(i, s.id());
            ps.executeUpdate();
        }
    }

    private static int bindValues(PreparedStatement ps, SourceConfig s, String origin, String fileHash, boolean removed,
                                  String actor, Instant now) throws SQLException {
        int i = 1;
        ps.setString(i++, s.name());
        ps.setString(i++, s.url().toString());
        ps.setString(i++, s.type() == null ? null : s.type().key());
        ps.setLong(i++, s.every().toSeconds());
        ps.setBoolean(i++, s.fullText());
        ps.setString(i++, s.language());
        ps.setString(i++, json(s.include()));
        ps.setString(i++, json(s.exclude()));
        ps.setString(i++, s.charset());
        ps.setBoolean(i++, s.enabled());
        ps.setBoolean(i++, removed);
        ps.setString(i++, origin);
        ps.setString(i++, fileHash);
        Sql.setInstant(ps, i++, now);
        ps.setString(i++, Sql.clip(actor, 200));
        return i;
    }

    /**
     * Marks a source removed. When the file dropped it, the file no longer owns the row ({@code file_hash} cleared),
     * so an admin may bring it back without the next reload removing it again.
     */
    private static void markRemoved(Connection c, String id, boolean byFile, String actor, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sources SET removed = TRUE, updated_at = ?, updated_by = ?"
                + (byFile ? ", file_hash = NULL" : "") + " WHERE id = ?")) {
            Sql.setInstant(ps, 1, now);
            ps.setString(2, Sql.clip(actor, 200));
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    private static String json(List<String> words) {
        try {
            return JSON.writeValueAsString(words);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored keyword list is not JSON: " + e.getMessage(), e);
        }
    }

    /** Sources by id, including removed ones (for naming the sources of old articles). */
    public Map<String, SourceConfig> allById() {
        return db.read("all sources", c -> select(c, "")).stream()
                .collect(Collectors.toMap(s -> s.config().id(), StoredSource::config, (a, b) -> a));
    }

}
