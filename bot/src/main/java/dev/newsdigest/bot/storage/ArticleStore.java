package dev.newsdigest.bot.storage;

import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores articles once. Dedup (RELIABILITY P7): an item is the same article when its GUID key, its normalised URL
 * or its content hash is already known; it then only gains a link to the new source. An article whose text is a
 * near duplicate of a recent story (MinHash similarity at least {@link #NEAR_DUPLICATE_SIMILARITY}) joins that
 * story: the article row keeps its URL and source, but the digest, people and quotes are stored once per story.
 *
 * <p>Each article is stored in one transaction (article, story, source link, digest, people, quotes) under unique
 * constraints, so a crash leaves either all of it or none, and a re-run of a poll finds it and stores nothing twice.
 */
public final class ArticleStore {
    /**
     * Estimated Jaccard similarity of word 3-shingles from which two texts are one story. A republished wire story
     * with a new lead or an extra paragraph scores 0.8-0.95; different articles on the same topic score under 0.1.
     */
    public static final double NEAR_DUPLICATE_SIMILARITY = 0.6;

    public enum Outcome {
        /** A new story: article, digest, people and quotes were stored. */
        STORED,
        /** Already known by GUID, URL or content hash; the source link was added if missing. */
        DUPLICATE,
        /** A near-duplicate of a recent story: the article joined it; no second digest. */
        NEAR_DUPLICATE
    }

    public record Result(Outcome outcome, long articleId, long storyId) {}

    private final Database db;
    private final Duration nearDuplicateWindow;

    public ArticleStore(Database db, Duration nearDuplicateWindow) {
        this.db = db;
        this.nearDuplicateWindow = nearDuplicateWindow;
    }

    public ArticleStore(Database db) {
        this(db, Duration.ofDays(3));
    }

    /**
     * Checks the cheap keys before any page is fetched or digested: a known GUID or URL only gains the source link.
     *
     * @return the known article, or empty when the item is new
     */
    public Optional<Result> findKnown(String sourceId, String guid, String guidHash, String urlHash, Instant seenAt) {
        if (guidHash == null && urlHash == null) {
            return Optional.empty();
        }
        return db.inTransaction("look up item", c -> {
            Optional<long[]> known = findByKeys(c, guidHash, urlHash, null);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            linkSource(c, known.get()[0], sourceId, guid, seenAt);
            return Optional.of(new Result(Outcome.DUPLICATE, known.get()[0], known.get()[1]));
        });
    }

    public Result store(NewArticle a) {
        return db.inTransaction("store article " + (a.url() != null ? a.url() : a.contentHash()), c -> {
            Optional<long[]> known = findByKeys(c, a.guidHash(), a.urlHash(), a.contentHash());
            if (known.isPresent()) {
                linkSource(c, known.get()[0], a.sourceId(), a.guid(), a.fetched());
                return new Result(Outcome.DUPLICATE, known.get()[0], known.get()[1]);
            }
            Optional<Long> story = Optional.empty();
            if (a.minhash() != null) {
                lockStories(c);
                story = nearStory(c, a, a.fetched());
            }
            if (story.isPresent()) {
                long articleId = insertArticle(c, a, story.get());
                linkSource(c, articleId, a.sourceId(), a.guid(), a.fetched());
                touchStory(c, story.get(), a.fetched());
                return new Result(Outcome.NEAR_DUPLICATE, articleId, story.get());
            }
            long storyId = insertStory(c, a);
            long articleId = insertArticle(c, a, storyId);
            linkSource(c, articleId, a.sourceId(), a.guid(), a.fetched());
            insertDigest(c, articleId, storyId, a);
            insertPeople(c, articleId, a);
            insertQuotes(c, articleId, storyId, a);
            return new Result(Outcome.STORED, articleId, storyId);
        });
    }

    /** @return {articleId, storyId} of the article with any of the keys */
    private static Optional<long[]> findByKeys(Connection c, String guidHash, String urlHash, String contentHash)
            throws SQLException {
        String[][] keys = {{"guid_hash", guidHash}, {"url_hash", urlHash}, {"content_hash", contentHash}};
        for (String[] key : keys) {
            if (key[1] == null) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, story_id FROM articles WHERE " + key[0] + " = ?")) {
                ps.setString(1, key[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void linkSource(Connection c, long articleId, String sourceId, String guid, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_sources (article_id, source_id, guid, seen_at)"
                + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM article_sources WHERE article_id = ? AND source_id = ?)")) {
            ps.setLong(1, articleId);
            ps.setString(2, sourceId);
            ps.setString(3, Sql.clip(guid, 2048));
            Sql.setInstant(ps, 4, at);
            ps.setLong(5, articleId);
            ps.setString(6, sourceId);
            ps.executeUpdate();
        }
    }

    /**
     * Serialises near-duplicate detection: without it two workers storing the same story from two feeds at the
     * same moment would each miss the other's uncommitted story and create two. Held until commit; the store
     * transactions are short (the slow work, fetching and digesting, happens before).
     */
    private static void lockStories(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM locks WHERE name = 'stories' FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("lock row 'stories' is missing");
            }
        }
    }

    /**
     * Candidates share at least one LSH band; the full signatures then decide. One indexed look-up per band (an OR
     * of twenty conditions would scan the table on H2).
     */
    private Optional<Long> nearStory(Connection c, NewArticle a, Instant now) throws SQLException {
        java.util.Set<Long> candidates = new java.util.LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT story_id FROM story_bands WHERE band = ? AND band_key = ? AND first_seen_at >= ?")) {
            for (int i = 0; i < a.bands().length; i++) {
                ps.setInt(1, i);
                ps.setLong(2, a.bands()[i]);
                Sql.setInstant(ps, 3, now.minus(nearDuplicateWindow));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getLong(1));
                    }
                }
            }
        }
        Long best = null;
        double bestSimilarity = NEAR_DUPLICATE_SIMILARITY;
        try (PreparedStatement ps = c.prepareStatement("SELECT minhash FROM stories WHERE id = ?")) {
            for (long id : candidates) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    int[] other = rs.next() ? decode(rs.getString(1)) : null;
                    if (other == null || other.length != a.minhash().length) {
                        continue;
                    }
                    double similarity = similarity(a.minhash(), other);
                    if (similarity >= bestSimilarity) {
                        bestSimilarity = similarity;
                        best = id;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    static String encode(int[] signature) {
        if (signature == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(signature.length * 8);
        for (int v : signature) {
            b.append(String.format("%08x", v));
        }
        return b.toString();
    }

    static int[] decode(String hex) {
        if (hex == null || hex.length() % 8 != 0) {
            return null;
        }
        int[] out = new int[hex.length() / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = Integer.parseUnsignedInt(hex.substring(i * 8, i * 8 + 8), 16);
        }
        return out;
    }

    private static long insertStory(Connection c, NewArticle a) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (minhash, first_seen_at, last_seen_at,"
                + " article_count) VALUES (?, ?, ?, 1)", new String[] {"id"})) {
            ps.setString(1, encode(a.minhash()));
            Sql.setInstant(ps, 2, a.fetched());
            Sql.setInstant(ps, 3, a.fetched());
            ps.executeUpdate();
            id = generatedId(ps);
        }
        if (a.bands() != null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO story_bands (band, band_key, story_id, first_seen_at) VALUES (?, ?, ?, ?)")) {
                for (int b = 0; b < a.bands().length; b++) {
                    ps.setInt(1, b);
                    ps.setLong(2, a.bands()[b]);
                    ps.setLong(3, id);
                    Sql.setInstant(ps, 4, a.fetched());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return id;
    }

    private static void touchStory(Connection c, long storyId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE stories SET last_seen_at = ?, article_count = article_count + 1 WHERE id = ?")) {
            Sql.setInstant(ps, 1, at);
            ps.setLong(2, storyId);
            ps.executeUpdate();
        }
    }

    private static long insertArticle(Connection c, NewArticle a, long storyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (story_id, url, url_hash, guid, guid_hash,"
                + " content_hash, title, language, published_at, fetched_at, first_source_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setLong(1, storyId);
            ps.setString(2, a.url() != null && a.url().length() <= 4096 ? a.url() : null);
            ps.setString(3, a.urlHash());
            ps.setString(4, Sql.clip(a.guid(), 2048));
            ps.setString(5, a.guidHash());
            ps.setString(6, a.contentHash());
            ps.setString(7, Sql.clip(a.title() != null ? a.title() : a.digest().headline(), 2000));
            ps.setString(8, Sql.clip(a.digest().language(), 8));
            Sql.setInstant(ps, 9, a.published());
            Sql.setInstant(ps, 10, a.fetched());
            ps.setString(11, a.sourceId());
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    private static void insertDigest(Connection c, long articleId, long storyId, NewArticle a) throws SQLException {
        Digest d = a.digest();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO digests (article_id, story_id, language, headline,"
                + " digest_json, published_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, articleId);
            ps.setLong(2, storyId);
            ps.setString(3, Sql.clip(d.language(), 16));
            ps.setString(4, Sql.clip(d.headline() == null ? "" : d.headline(), 2000));
            ps.setString(5, DigestCodec.toJson(d));
            Sql.setInstant(ps, 6, a.publishedOrFetched());
            Sql.setInstant(ps, 7, a.fetched());
            ps.executeUpdate();
        }
    }

    private static void insertPeople(Connection c, long articleId, NewArticle a) throws SQLException {
        Map<String, Person> byKey = new LinkedHashMap<>();
        for (Person p : a.digest().people()) {
            if (p.key() != null && !p.key().isBlank() && p.name() != null && !p.name().isBlank()) {
                byKey.putIfAbsent(Sql.clip(p.key(), 200), p);
            }
        }
        Instant at = a.publishedOrFetched();
        for (Map.Entry<String, Person> e : byKey.entrySet()) {
            String key = e.getKey();
            Person p = e.getValue();
            upsertPerson(c, key, p.name(), a.fetched());
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(p.name());
            aliases.addAll(p.aliases());
            for (String alias : aliases) {
                if (alias != null && !alias.isBlank()) {
                    insertAlias(c, key, Sql.clip(alias.strip(), 500));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_people (article_id, person_key, name,"
                    + " mentions, role, published_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, articleId);
                ps.setString(2, key);
                ps.setString(3, Sql.clip(p.name(), 500));
                ps.setInt(4, p.mentions());
                ps.setString(5, Sql.clip(p.role(), 1000));
                Sql.setInstant(ps, 6, at);
                ps.executeUpdate();
            }
        }
    }

    /** Keeps the first canonical name a person was stored under; later articles only move last_seen_at. */
    private static void upsertPerson(Connection c, String key, String name, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE people SET last_seen_at = ? WHERE person_key = ?")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, key);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO people (person_key, name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, Sql.clip(name, 500));
            Sql.setInstant(ps, 3, at);
            Sql.setInstant(ps, 4, at);
            ps.executeUpdate();
        }
    }

    private static void insertAlias(Connection c, String key, String alias) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_aliases (person_key, alias, alias_lower)"
                + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM person_aliases WHERE person_key = ? AND alias = ?)")) {
            ps.setString(1, key);
            ps.setString(2, alias);
            ps.setString(3, alias.toLowerCase(Locale.ROOT));
            ps.setString(4, key);
            ps.setString(5, alias);
            ps.executeUpdate();
        }
    }

    private static void insertQuotes(Connection c, long articleId, long storyId, NewArticle a) throws SQLException {
        List<Quote> quotes = new ArrayList<>(a.digest().quotes());
        if (quotes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes (article_id, story_id, person_key, speaker,"
                + " text, kind, start_offset, end_offset, rank, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Quote q : quotes) {
                ps.setLong(1, articleId);
                ps.setLong(2, storyId);
                ps.setString(3, q.speakerKey() == null || q.speakerKey().isBlank() ? null : Sql.clip(q.speakerKey(), 200));
                ps.setString(4, Sql.clip(q.speaker(), 500));
                ps.setString(5, q.text() == null ? "" : q.text());
                ps.setString(6, q.kind() == null ? "direct" : q.kind().jsonName());
                ps.setInt(7, q.start());
                ps.setInt(8, q.end());
                ps.setInt(9, q.rank());
                Sql.setInstant(ps, 10, a.publishedOrFetched());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id returned");
            }
            return keys.getLong(1);
        }
    }
}
