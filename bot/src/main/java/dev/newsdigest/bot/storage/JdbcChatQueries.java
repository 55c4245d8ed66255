package dev.newsdigest.bot.storage;

import dev.newsdigest.bot.chat.Posts;
import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.port.DigestQueries;
import dev.newsdigest.bot.chat.port.PeopleQueries;
import dev.newsdigest.bot.chat.port.QuoteQueries;
import dev.newsdigest.bot.chat.port.StoryView;
import dev.newsdigest.bot.delivery.RoutableStory;
import dev.newsdigest.bot.delivery.StoryMatcher;
import dev.newsdigest.digest.people.NameKeys;
import dev.newsdigest.digest.people.PersonMatcher;
import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The read side the command layer asks: recent quotes of a person, who a typed name is (through the digest engine's
 * {@link PersonMatcher}: scripts, cases, typos), who is in the news, and the stories for {@code /digest}.
 */
public final class JdbcChatQueries implements QuoteQueries, PeopleQueries, DigestQueries {

    /** The known-people list is reloaded at most this often (matching runs over all of it in memory). */
    static final Duration PEOPLE_CACHE = Duration.ofSeconds(30);
    /** Stories read for one {@code /digest} before filtering by the chat's subscriptions. */
    static final int MAX_STORIES_SCANNED = 2000;

    private final Database db;
    private final DigestReader digests;
    private final Clock clock;
    private final PersonMatcher matcher = new PersonMatcher();
    private volatile List<KnownPerson> known = List.of();
    private volatile Map<String, Integer> quoteCounts = Map.of();
    private volatile Instant knownAt = Instant.EPOCH;

    public JdbcChatQueries(Database db, Clock clock) {
        this.db = db;
        this.digests = new DigestReader(db);
        this.clock = clock;
    }

    @Override
    public List<QuoteView> recentQuotes(String personKey, int limit) {
        List<QuoteView> rows = db.read("recent quotes", c -> {
            List<QuoteView> out = new ArrayList<>();
            // The newest ids come from the index alone (V4 quotes_person_recent read backwards, stopping after N),
            // and only those rows are joined. Joining first made H2 read and sort every quote of the person: 150-900
            // ms for one with 20,000 quotes (issue 8 benchmarks). H2 reads an index backwards only when the ORDER BY
            // names all its columns, hence "person_key DESC" although the key is fixed.
            try (PreparedStatement ps = c.prepareStatement("SELECT q.text, q.speaker, q.person_key, q.kind, q.published_at, "
                    + "a.url, d.headline, s.name AS source_name FROM (SELECT id FROM quotes WHERE person_key = ? "
                    + "ORDER BY person_key DESC, published_at DESC, id DESC FETCH FIRST " + Math.max(1, limit * 4) + " ROWS ONLY) newest "
                    + "JOIN quotes q ON q.id = newest.id JOIN articles a ON a.id = q.article_id "
                    + "JOIN sources s ON s.id = a.first_source_id LEFT JOIN digests d ON d.story_id = q.story_id "
                    + "ORDER BY q.published_at DESC, q.id DESC")) {
                ps.setString(1, personKey);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new QuoteView(rs.getString("text"), rs.getString("speaker"), rs.getString("person_key"),
                                rs.getString("url"), rs.getString("headline"), rs.getString("source_name"),
                                Sql.getInstant(rs, "published_at"), "indirect".equals(rs.getString("kind"))));
                    }
                }
            }
            return out;
        });
        // The same words reported by several outlets are one quote: keep the newest report.
        Set<String> seen = new HashSet<>();
        List<QuoteView> out = new ArrayList<>();
        for (QuoteView q : rows) {
            if (seen.add(q.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) && out.size() < limit) {
                out.add(q);
            }
        }
        return out;
    }

    @Override
    public List<PersonMatch> match(String query, int limit) {
        refreshPeople();
        List<KnownPerson> people = known;
        Map<String, Integer> counts = quoteCounts;
        List<PersonMatch> out = new ArrayList<>();
        for (PersonMatcher.Match m : matcher.rank(query, people)) {
            if (out.size() == limit) {
                break;
            }
            out.add(new PersonMatch(m.person().key(), m.person().name(), Math.min(1.0, m.score()),
                    counts.getOrDefault(m.person().key(), 0)));
        }
        if (out.isEmpty()) {
            out.addAll(nearest(query, people, counts, Math.min(limit, 3)));
        }
        return out;
    }

    /** Names a few edits away from the query's key, as suggestions only (scores below the match threshold). */
    private static List<PersonMatch> nearest(String query, List<KnownPerson> people, Map<String, Integer> counts, int n) {
        String key = NameKeys.key(query);
        if (key.length() < 3) {
            return List.of();
        }
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, key.length() / 3));
        record Near(KnownPerson p, int d) {
        }
        List<Near> near = new ArrayList<>();
        for (KnownPerson p : people) {
            int d = distance.apply(key, p.key());
            if (d >= 0) {
                near.add(new Near(p, d));
            }
        }
        near.sort(Comparator.comparingInt(Near::d).thenComparing(x -> -counts.getOrDefault(x.p().key(), 0)));
        return near.stream().limit(n).map(x -> new PersonMatch(x.p().key(), x.p().name(), 0.3 - 0.05 * x.d(),
                counts.getOrDefault(x.p().key(), 0))).toList();
    }

    private void refreshPeople() {
        Instant now = clock.instant();
        if (Duration.between(knownAt, now).compareTo(PEOPLE_CACHE) < 0 && !known.isEmpty()) {
            return;
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        db.read("known people", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.person_key, p.name, a.alias FROM people p "
                    + "LEFT JOIN person_aliases a ON a.person_key = p.person_key ORDER BY p.person_key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String k = rs.getString(1);
                    names.put(k, rs.getString(2));
                    List<String> l = aliases.computeIfAbsent(k, x -> new ArrayList<>());
                    if (rs.getString(3) != null) {
                        l.add(rs.getString(3));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT person_key, COUNT(*) FROM quotes WHERE person_key IS NOT NULL GROUP BY person_key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return null;
        });
        List<KnownPerson> list = new ArrayList<>();
        aliases.forEach((k, a) -> list.add(new KnownPerson(names.get(k), k, a)));
        known = List.copyOf(list);
        quoteCounts = Map.copyOf(counts);
        knownAt = now;
    }

    @Override
    public String keyOf(String name) {
        String k = NameKeys.key(name);
        return k.isBlank() ? null : k;
    }

    /**
     * People in the most stories since {@code since}, ties by name. {@code ArticleStore} writes a story's people
     * once, on its first article (near duplicates only join the story), so each article_people row is a distinct
     * story and counting rows counts stories: no join to articles. The rows come from the V4 index
     * {@code article_people_published} alone. On H2 they are counted here: its GROUP BY costs about a microsecond
     * a row (40 ms for a week of a busy database, against 2 ms to read the keys); PostgreSQL aggregates faster than
     * it ships rows and keeps the SQL. Either way only the leaders (with their ties) are joined to their names.
     */
    @Override
    public List<PersonCount> inTheNews(Instant since, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return db.read("people in the news", c -> {
            Map<String, Integer> counts = new HashMap<>();
            if (db.dialect() == Dialect.H2) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT person_key FROM article_people WHERE published_at >= ?")) {
                    Sql.setInstant(ps, 1, since);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.merge(rs.getString(1), 1, Integer::sum);
                        }
                    }
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("SELECT person_key, COUNT(*) AS n FROM article_people "
                        + "WHERE published_at >= ? GROUP BY person_key ORDER BY n DESC FETCH FIRST " + limit
                        + " ROWS WITH TIES")) {
                    Sql.setInstant(ps, 1, since);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                }
            }
            return leaders(c, counts, limit);
        });
    }

    /** The {@code limit} people with the highest counts, ties by name: every person tied with the last place is read. */
    private static List<PersonCount> leaders(java.sql.Connection c, Map<String, Integer> counts, int limit)
            throws java.sql.SQLException {
        if (counts.isEmpty()) {
            return List.of();
        }
        List<Integer> sorted = new ArrayList<>(counts.values());
        sorted.sort(Comparator.reverseOrder());
        int cutoff = sorted.get(Math.min(limit, sorted.size()) - 1);
        List<String> keys = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n >= cutoff) {
                keys.add(k);
            }
        });
        List<PersonCount> out = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT person_key, name FROM people WHERE person_key IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PersonCount(rs.getString(1), rs.getString(2), counts.get(rs.getString(1))));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt((PersonCount p) -> -p.articles()).thenComparing(PersonCount::name));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    @Override
    public List<StoryView> stories(List<Subscription> subscriptions, Instant since, int limit) {
        List<StoryView> out = new ArrayList<>();
        for (RoutableStory s : storiesBetween(since, clock.instant().plusSeconds(1))) {
            if (StoryMatcher.matches(s, subscriptions)) {
                out.add(s.view());
            }
        }
        out.sort(Posts.MOST_COVERED_FIRST);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Stories whose digest was published in [from, to), at most {@link #MAX_STORIES_SCANNED}, newest kept. */
    public List<RoutableStory> storiesBetween(Instant from, Instant to) {
        List<RoutableStory> out = new ArrayList<>();
        for (StoredDigest d : digests.since(from)) {
            if (d.published() != null && d.published().isBefore(to)) {
                out.add(StoredStories.routable(d));
            }
        }
        return out.size() > MAX_STORIES_SCANNED ? out.subList(out.size() - MAX_STORIES_SCANNED, out.size()) : out;
    }
}
