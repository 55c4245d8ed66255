package dev.newsdigest.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads stored digests for export and (later) for chat digests, oldest first. */
public final class DigestReader {
    private static final int PAGE = 200;
    private final Database db;

    public DigestReader(Database db) {
        this.db = db;
    }

    /**
     * Hands every digest published at or after {@code since} (all when null) to {@code sink}, page by page, so an
     * export of a large database runs in bounded memory.
     */
    public void forEachSince(Instant since, Consumer<StoredDigest> sink) {
        long afterId = 0;
        while (true) {
            long from = afterId;
            List<StoredDigest> page = db.read("read digests", c -> page(c, since, from));
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            afterId = page.get(page.size() - 1).articleId();
        }
    }

    public List<StoredDigest> since(Instant since) {
        List<StoredDigest> out = new ArrayList<>();
        forEachSince(since, out::add);
        return out;
    }

    private static List<StoredDigest> page(Connection c, Instant since, long afterId) throws SQLException {
        List<StoredDigest> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.article_id, d.story_id, d.digest_json, d.published_at,"
                + " a.url, a.fetched_at FROM digests d JOIN articles a ON a.id = d.article_id"
                + " WHERE d.article_id > ? AND d.published_at >= ? ORDER BY d.article_id")) {
            ps.setLong(1, afterId);
            Sql.setInstant(ps, 2, since == null ? Instant.EPOCH : since);
            ps.setMaxRows(PAGE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long storyId = rs.getLong("story_id");
                    out.add(new StoredDigest(rs.getLong("article_id"), storyId, rs.getString("url"),
                            Sql.getInstant(rs, "published_at"), Sql.getInstant(rs, "fetched_at"),
                            DigestCodec.fromJson(rs.getString("digest_json")), List.of()));
                }
            }
        }
        List<StoredDigest> withSources = new ArrayList<>(out.size());
        for (StoredDigest d : out) {
            withSources.add(new StoredDigest(d.articleId(), d.storyId(), d.url(), d.published(), d.fetched(), d.digest(),
                    sources(c, d.storyId())));
        }
        return withSources;
    }

    private static List<StoredDigest.SourceRef> sources(Connection c, long storyId) throws SQLException {
        Map<String, StoredDigest.SourceRef> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.name, a.url FROM articles a"
                + " JOIN article_sources x ON x.article_id = a.id JOIN sources s ON s.id = x.source_id"
                + " WHERE a.story_id = ? ORDER BY x.seen_at, a.id")) {
            ps.setLong(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.putIfAbsent(rs.getString(1), new StoredDigest.SourceRef(rs.getString(1), rs.getString(2),
                            rs.getString(3)));
                }
            }
        }
        return List.copyOf(out.values());
    }
}
