package dev.newsdigest.bot.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads stored quotes: a person's newest ones, for {@code /quotes NAME} and person subscriptions. One indexed
 * query (V4 {@code quotes_person_recent}) that stops after {@code limit} rows however many quotes the person has.
 */
public final class QuoteReader {
    /** Upper bound of one page, whatever a caller asks for. */
    public static final int MAX_LIMIT = 100;

    private final Database db;

    public QuoteReader(Database db) {
        this.db = db;
    }

    /**
     * One stored quote with where it appeared.
     *
     * @param url      the article's URL (untrusted: renderers check it), or null
     * @param headline the article's title (the digest headline when the feed had none)
     * @param source   display name of the source the article first came from
     */
    public record StoredQuote(long id, String text, String speaker, String personKey, String url, String headline,
                              String source, Instant published) {
    }

    /** The newest {@code limit} quotes whose speaker has this key, newest first. */
    public List<StoredQuote> recent(String personKey, int limit) {
        int n = Math.max(1, Math.min(limit, MAX_LIMIT));
        return db.read("recent quotes", c -> recent(c, personKey, n));
    }

    /** How many quotes of this person are stored (shown next to each candidate of an ambiguous name). */
    public int count(String personKey) {
        return db.read("count quotes", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM quotes WHERE person_key = ?")) {
                ps.setString(1, personKey);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static List<StoredQuote> recent(Connection c, String personKey, int limit) throws SQLException {
        // The ORDER BY matches the index backwards, so both databases read only the first rows of it.
        try (PreparedStatement ps = c.prepareStatement("SELECT q.id, q.text, q.speaker, q.person_key, q.published_at,"
                + " a.url, a.title, s.name AS source_name"
                + " FROM quotes q JOIN articles a ON a.id = q.article_id JOIN sources s ON s.id = a.first_source_id"
                + " WHERE q.person_key = ? ORDER BY q.person_key DESC, q.published_at DESC, q.id DESC"
                + " FETCH FIRST " + limit + " ROWS ONLY")) {
            ps.setString(1, personKey);
            List<StoredQuote> out = new ArrayList<>(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredQuote(rs.getLong("id"), rs.getString("text"), rs.getString("speaker"),
                            rs.getString("person_key"), rs.getString("url"), rs.getString("title"),
                            rs.getString("source_name"), Sql.getInstant(rs, "published_at")));
                }
            }
            return out;
        }
    }
}
