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
import dev.newsdigest.digest.people.PeopleDirectory;
import dev.newsdigest.digest.people.PersonMatcher;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The read side the command layer asks: recent quotes of a person, who a typed name is (the digest engine's
 * {@link PersonMatcher} ranking, through its index {@link PeopleDirectory} over the {@link KnownPeople} kept in
 * memory: scripts, cases, typos), who is in the news, and the stories for {@code /digest}.
 */
public final class JdbcChatQueries implements QuoteQueries, PeopleQueries, DigestQueries {

    /** How often the background refresher looks for people stored since it last looked. */
    public static final Duration PEOPLE_REFRESH = Duration.ofSeconds(2);
    /** Stories read for one {@code /digest} before filtering by the chat's subscriptions. */
    static final int MAX_STORIES_SCANNED = 2000;

    private final Database db;
    private final DigestReader digests;
    private final Clock clock;
    private final KnownPeople people;

    public JdbcChatQueries(Database db, Clock clock) {
        this.db = db;
        this.digests = new DigestReader(db);
        this.clock = clock;
        this.people = new KnownPeople(db, clock);
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
        PeopleDirectory directory = people.upToDate();
        List<PersonMatcher.Match> ranked = directory.rank(query);
        List<PersonMatcher.Match> shown = limit < 0 || ranked.size() <= limit ? ranked : ranked.subList(0, limit);
        if (shown.isEmpty()) {
            return nearest(query, directory, Math.min(limit, 3));
        }
        Map<String, Integer> counts = quoteCounts(shown.stream().map(m -> m.person().key()).toList());
        List<PersonMatch> out = new ArrayList<>(shown.size());
        for (PersonMatcher.Match m : shown) {
            out.add(new PersonMatch(m.person().key(), m.person().name(), Math.min(1.0, m.score()),
                    counts.getOrDefault(m.person().key(), 0)));
        }
        return out;
    }

    /**
     * Names a few edits away from the query's key, as suggestions only (scores below the match threshold): the
     * fewest edits first, then the most quoted. Quotes are counted only for the people who can make the cut.
     */
    private List<PersonMatch> nearest(String query, PeopleDirectory directory, int n) {
        String key = NameKeys.key(query);
        if (key.length() < 3 || n <= 0) {
            return List.of();
        }
        List<PeopleDirectory.Nearby> near = new ArrayList<>(directory.nearKey(key, Math.max(2, key.length() / 3)));
        if (near.isEmpty()) {
            return List.of();
        }
        near.sort(Comparator.comparingInt(PeopleDirectory.Nearby::edits));
        int cut = near.get(Math.min(n, near.size()) - 1).edits();
        List<PeopleDirectory.Nearby> contenders = near.stream().filter(x -> x.edits() <= cut).toList();
        Map<String, Integer> counts = quoteCounts(contenders.stream().map(x -> x.person().key()).toList());
        return contenders.stream()
                .sorted(Comparator.comparingInt(PeopleDirectory.Nearby::edits)
                        .thenComparing(x -> -counts.getOrDefault(x.person().key(), 0)))
                .limit(n)
                .map(x -> new PersonMatch(x.person().key(), x.person().name(), 0.3 - 0.05 * x.edits(),
                        counts.getOrDefault(x.person().key(), 0)))
                .toList();
    }

    /** Stored quotes of each of these people (an index range each: quotes_person_recent). */
    private Map<String, Integer> quoteCounts(List<String> keys) {
        List<String> distinct = keys.stream().distinct().toList();
        return db.read("quote counts", c -> {
            Map<String, Integer> counts = new HashMap<>();
            for (int from = 0; from < distinct.size(); from += 500) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
                try (PreparedStatement ps = c.prepareStatement("SELECT person_key, COUNT(*) FROM quotes WHERE person_key IN ("
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") GROUP BY person_key")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                }
            }
            return counts;
        });
    }

    /**
     * Keeps the known people current in the background (see {@link KnownPeople}): the first refresh loads them all,
     * so the first command after start finds them loaded. Close the result to stop.
     */
    public AutoCloseable startRefreshing(Duration every) {
        return people.startRefreshing(every);
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
