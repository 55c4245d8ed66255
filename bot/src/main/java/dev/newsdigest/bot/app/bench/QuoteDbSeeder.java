package dev.newsdigest.bot.app.bench;

import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Fills a freshly migrated database with a year of invented news for the query benchmarks: people, their aliases,
 * articles (one story each), who appears in which article, and quotes. Bulk JDBC batches straight into the
 * schema's tables (storing a million quotes through ArticleStore would take the better part of an hour); the
 * queries measured afterwards are the storage module's own ({@code QuoteReader}, {@code PeopleReader}).
 *
 * <p>Shape: four people and four quotes per article; who appears follows a power law (person i is drawn with
 * probability falling like a cube root), so a few people have tens of thousands of quotes, as a head of state's
 * spokesman does, and most have a handful. Publication times are spread evenly over the year before {@code now}.
 */
public final class QuoteDbSeeder {
    public static final int PEOPLE_PER_ARTICLE = 4;
    private static final int BATCH = 5_000;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ro", "sa", "tu", "ve", "bo", "di",
            "ga", "ze", "pa", "ri", "so", "ta", "no", "me", "li", "ku"};
    private static final String[] CYRILLIC = {"ка", "ло", "ми", "не", "ро", "са", "ту", "ве", "бо", "ди",
            "га", "зе", "па", "ри", "со", "та", "но", "ме", "ли", "ку"};

    /** What was seeded: the sizes and the instant the year ends at. */
    public record Seeded(int people, int articles, int quotes, Instant now) {
    }

    private QuoteDbSeeder() {}

    public static Seeded seed(Database db, int people, int quotes, Instant now, long seed) throws SQLException {
        int articles = Math.max(1, quotes / PEOPLE_PER_ARTICLE);
        Random random = new Random(seed);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            insertSources(c, now);
            insertPeople(c, people, now);
            insertArticles(c, articles, people, now, random);
            c.commit();
            c.setAutoCommit(true);
            analyze(c, db.dialect());
        }
        return new Seeded(people, articles, articles * PEOPLE_PER_ARTICLE, now);
    }

    /** Person {@code i} drawn with a power law: small indexes are the people in the news every day. */
    public static int personIndex(Random random, int people) {
        double u = random.nextDouble();
        return (int) Math.min(people - 1, Math.floor(people * u * u * u));
    }

    /** The key of person {@code i} (Latin, like the engine's keys). */
    public static String key(int i) {
        return surname(i, SYLLABLES).toLowerCase(java.util.Locale.ROOT);
    }

    /** The canonical name of person {@code i} (people.name): a first name and the Cyrillic surname. */
    public static String name(int i) {
        return "Иван " + surname(i, CYRILLIC);
    }

    /** The nominative Cyrillic surname of person {@code i}, stored in person_aliases with {@link #alias}. */
    public static String surname(int i) {
        return surname(i, CYRILLIC);
    }

    /** A surface form of person {@code i} stored in person_aliases (Cyrillic surname in the genitive). */
    public static String alias(int i) {
        return surname(i, CYRILLIC) + "а";
    }

    private static String surname(int i, String[] syllables) {
        StringBuilder b = new StringBuilder();
        int v = i;
        for (int k = 0; k < 4; k++) {
            b.append(syllables[v % syllables.length]);
            v /= syllables.length;
        }
        b.append(syllables == CYRILLIC ? "ов" : "ov");
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        if (v > 0) {
            b.append(v);   // more people than four syllables can name
        }
        return b.toString();
    }

    private static void insertSources(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (id, name, url, type, every_seconds, full_text,"
                + " language, include_words, exclude_words, charset, enabled, removed, origin, file_hash, created_at,"
                + " updated_at, updated_by) VALUES (?, ?, ?, 'rss', 600, FALSE, 'ru', '[]', '[]', NULL, TRUE, FALSE,"
                + " 'file', NULL, ?, ?, 'bench')")) {
            for (int s = 0; s < 50; s++) {
                ps.setString(1, "src-" + s);
                ps.setString(2, "Source " + s);
                ps.setString(3, "https://news" + s + ".example/rss");
                ps.setObject(4, utc(now));
                ps.setObject(5, utc(now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertPeople(Connection c, int people, Instant now) throws SQLException {
        try (PreparedStatement person = c.prepareStatement(
                "INSERT INTO people (person_key, name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)");
             PreparedStatement alias = c.prepareStatement(
                     "INSERT INTO person_aliases (person_key, alias, alias_lower) VALUES (?, ?, ?)")) {
            for (int i = 0; i < people; i++) {
                String key = key(i);
                String name = surname(i, CYRILLIC);
                person.setString(1, key);
                person.setString(2, "Иван " + name);
                person.setObject(3, utc(now.minus(Duration.ofDays(365))));
                person.setObject(4, utc(now));
                person.addBatch();
                for (String a : new String[] {name, alias(i)}) {
                    alias.setString(1, key);
                    alias.setString(2, a);
                    alias.setString(3, a.toLowerCase(java.util.Locale.ROOT));
                    alias.addBatch();
                }
                if (i % BATCH == BATCH - 1) {
                    person.executeBatch();
                    alias.executeBatch();
                    c.commit();
                }
            }
            person.executeBatch();
            alias.executeBatch();
            c.commit();
        }
    }

    private static void insertArticles(Connection c, int articles, int people, Instant now, Random random)
            throws SQLException {
        long yearMillis = Duration.ofDays(365).toMillis();
        try (PreparedStatement story = c.prepareStatement("INSERT INTO stories (id, minhash, first_seen_at, last_seen_at,"
                + " article_count) VALUES (?, NULL, ?, ?, 1)");
             PreparedStatement article = c.prepareStatement("INSERT INTO articles (id, story_id, url, url_hash, guid,"
                     + " guid_hash, content_hash, title, language, published_at, fetched_at, first_source_id)"
                     + " VALUES (?, ?, ?, ?, NULL, NULL, ?, ?, 'ru', ?, ?, ?)");
             PreparedStatement appears = c.prepareStatement("INSERT INTO article_people (article_id, person_key, name,"
                     + " mentions, role, published_at) VALUES (?, ?, ?, ?, NULL, ?)");
             PreparedStatement quote = c.prepareStatement("INSERT INTO quotes (id, article_id, story_id, person_key,"
                     + " speaker, text, kind, start_offset, end_offset, rank, published_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 'direct', ?, ?, ?, ?)")) {
            long quoteId = 0;
            for (int a = 1; a <= articles; a++) {
                // Ids grow with time, as they do when articles arrive in order.
                Instant published = now.minusMillis(yearMillis - (long) ((double) a / articles * yearMillis));
                OffsetDateTime at = utc(published);
                story.setLong(1, a);
                story.setObject(2, at);
                story.setObject(3, at);
                story.addBatch();
                article.setLong(1, a);
                article.setLong(2, a);
                article.setString(3, "https://news.example/" + a);
                article.setString(4, String.format("%064x", a));
                article.setString(5, String.format("c%063x", a));
                article.setString(6, "Заголовок статьи номер " + a + " о бюджете и переговорах");
                article.setObject(7, at);
                article.setObject(8, at);
                article.setString(9, "src-" + (a % 50));
                article.addBatch();
                int[] who = new int[PEOPLE_PER_ARTICLE];
                for (int k = 0; k < PEOPLE_PER_ARTICLE; k++) {
                    int p;
                    do {
                        p = personIndex(random, people);
                    } while (contains(who, k, p));
                    who[k] = p;
                    appears.setLong(1, a);
                    appears.setString(2, key(p));
                    appears.setString(3, "Иван " + surname(p, CYRILLIC));
                    appears.setInt(4, 1 + random.nextInt(5));
                    appears.setObject(5, at);
                    appears.addBatch();
                    quote.setLong(1, ++quoteId);
                    quote.setLong(2, a);
                    quote.setLong(3, a);
                    quote.setString(4, key(p));
                    quote.setString(5, "Иван " + surname(p, CYRILLIC));
                    quote.setString(6, "Мы не примем соглашение, после которого работникам станет хуже, чем год назад,"
                            + " и будем добиваться пересмотра условий номер " + quoteId);
                    quote.setInt(7, 100 * k);
                    quote.setInt(8, 100 * k + 90);
                    quote.setInt(9, k);
                    quote.setObject(10, at);
                    quote.addBatch();
                }
                if (a % (BATCH / PEOPLE_PER_ARTICLE) == 0) {
                    flush(c, story, article, appears, quote);
                }
            }
            flush(c, story, article, appears, quote);
        }
    }

    private static boolean contains(int[] values, int count, int v) {
        for (int i = 0; i < count; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.executeBatch();
        }
        c.commit();
    }

    /** Fresh statistics, as a database that grew over a year would have; the planners need them. */
    private static void analyze(Connection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(dialect == Dialect.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
