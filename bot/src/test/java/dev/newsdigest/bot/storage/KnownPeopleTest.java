package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.port.PeopleQueries.PersonMatch;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.dedup.Fingerprints;
import dev.newsdigest.bot.testing.TestDatabases;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;
import dev.newsdigest.digest.people.PersonMatcher;
import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The known people behind {@code /quotes NAME} ({@link KnownPeople} through {@link JdbcChatQueries#match}), on H2
 * and PostgreSQL: loaded once, then only what was stored since; a person stored after the directory was built is
 * found by the next command; rows committed out of id order are not lost; commands running while the refresher
 * works see everyone stored before them.
 */
class KnownPeopleTest {
    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private ArticleStore store;
    private final AtomicInteger articles = new AtomicInteger();

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    private void open(String kind) {
        db = Database.open(TestDatabases.of(kind, dir));
        store = new ArticleStore(db);
        new SourceRegistry(db, Clock.fixed(NOW, ZoneOffset.UTC)).add(new SourceConfig("wire", "The Wire",
                URI.create("https://wire.example/rss"), null, Duration.ofMinutes(10), false, "en", List.of(), List.of(),
                true, null), "test");
    }

    /** One article in which {@code person} (key = NameKeys's) is quoted {@code quotes} times under these aliases. */
    private void store(String name, String key, List<String> aliases, int quotes) {
        int n = articles.incrementAndGet();
        StringBuilder text = new StringBuilder("Article " + n + ".");
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            String said = "Statement " + n + "." + i + " by " + name;
            text.append(" \"");
            int start = text.length();
            text.append(said).append("\", said ").append(name).append('.');
            qs.add(new Quote(said, name, key, Quote.Kind.DIRECT, start, start + said.length(), i));
        }
        Person p = new Person(name, key, 1, aliases, null, Gender.UNKNOWN);
        Digest d = new Digest("https://wire.example/" + n, "en", "Headline " + n, "", List.of(p), qs, text.toString());
        store.store(new NewArticle("wire", "https://wire.example/" + n, Fingerprints.contentHash("u", "" + n), null, null,
                Fingerprints.contentHash("Headline " + n, d.text()), null, null, "Headline " + n, NOW, NOW, d));
    }

    private static List<String> keys(List<PersonMatch> matches) {
        return matches.stream().map(PersonMatch::key).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aPersonStoredAfterTheDirectoryWasBuiltIsFoundByTheNextCommand(String kind) {
        open(kind);
        store("Дмитрий Песков", "peskov", List.of("Пескова"), 2);
        JdbcChatQueries chat = new JdbcChatQueries(db, Clock.systemUTC());
        assertThat(chat.match("Peskov", 5)).containsExactly(new PersonMatch("peskov", "Дмитрий Песков", 0.9, 2));
        assertThat(chat.match("Zakharova", 5)).isEmpty();

        store("Мария Захарова", "zaharova", List.of("Захаровой"), 1);
        assertThat(chat.match("Захаровой", 5)).containsExactly(new PersonMatch("zaharova", "Мария Захарова", 1.0, 1));

        // A known person seen under a new spelling: the alias joins them, and their quotes are counted afresh.
        store("Дмитрий Песков", "peskov", List.of("Дмитро Пєсков"), 3);
        assertThat(chat.match("Дмитро Пєсков", 5)).containsExactly(new PersonMatch("peskov", "Дмитрий Песков", 1.0, 5));
        assertThat(chat.match("Пескова", 5)).extracting(PersonMatch::key).first().isEqualTo("peskov");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void matchRanksAsPersonMatcherOverEveryStoredPerson(String kind) {
        open(kind);
        store("Дмитрий Песков", "peskov", List.of("Пескова", "Дмитро Пєсков"), 1);
        store("Елизавета Пескова", "peskova", List.of(), 1);
        store("Дональд Трамп", "tramp", List.of("Трампа"), 1);
        store("Jonathan Mask", "mask", List.of(), 1);
        JdbcChatQueries chat = new JdbcChatQueries(db, Clock.systemUTC());
        chat.match("warm-up", 1);
        store("Володимир Зеленський", "zelenskii", List.of("Зеленського"), 1);
        store("Олена Гордієнко", "gordienko", List.of(), 1);
        List<KnownPerson> everyone = readEveryone();
        for (String q : List.of("Peskov", "пескова", "Peskow", "Пєсков", "Trump", "Musk", "Mask", "Zelenskyy",
                "зеленского", "Gordienko", "Елизавета Пескова")) {
            List<String> expected = new PersonMatcher().rank(q, everyone).stream().limit(8)
                    .map(m -> m.person().key()).toList();
            List<PersonMatch> found = chat.match(q, 8);
            if (expected.isEmpty()) {
                // No match: only nearby names, scored below what the command layer takes for a match (0.45).
                assertThat(found).as(q).allSatisfy(m -> assertThat(m.score()).isLessThan(0.45));
            } else {
                assertThat(keys(found)).as(q).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void nothingMatchingSuggestsTheNearestKeysMostQuotedFirst(String kind) {
        open(kind);
        store("Anna Exampla", "exampla", List.of(), 1);
        store("Boris Exampli", "exampli", List.of(), 3);
        store("Clara Zeta", "zeta", List.of(), 5);
        JdbcChatQueries chat = new JdbcChatQueries(db, Clock.systemUTC());
        // "exampo" is two edits from both: too far for a typo of a six-letter key, near enough to suggest.
        assertThat(chat.match("Exampo", 5)).containsExactly(new PersonMatch("exampli", "Boris Exampli", 0.3 - 0.05 * 2, 3),
                new PersonMatch("exampla", "Anna Exampla", 0.3 - 0.05 * 2, 1));
        assertThat(chat.match("Exampo", 1)).extracting(PersonMatch::key).containsExactly("exampli");
        assertThat(chat.match("Qwertyuiop", 5)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aliasesCommittedOutOfIdOrderAreNotLost(String kind) throws Exception {
        open(kind);
        store("Дмитрий Песков", "peskov", List.of(), 1);
        KnownPeople people = new KnownPeople(db, Clock.systemUTC());
        people.refresh();
        try (Connection slow = db.dataSource().getConnection(); Connection quick = db.dataSource().getConnection()) {
            slow.setAutoCommit(false);
            insertPerson(slow, "zaharova", "Мария Захарова"); // takes the lower alias id, commits last
            insertPerson(quick, "tramp", "Дональд Трамп");
            people.refresh();
            assertThat(people.upToDate().byKey("tramp")).isNotNull();
            assertThat(people.upToDate().byKey("zaharova")).isNull();
            slow.commit();
        }
        assertThat(people.upToDate().byKey("zaharova")).as("the skipped id is read once committed").isNotNull();
        assertThat(people.upToDate().size()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void commandsDuringBackgroundRefreshesFindEveryoneStoredBeforeThem(String kind) throws Exception {
        open(kind);
        store("Дмитрий Песков", "peskov", List.of("Пескова"), 1);
        JdbcChatQueries chat = new JdbcChatQueries(db, Clock.systemUTC());
        ConcurrentLinkedQueue<String> stored = new ConcurrentLinkedQueue<>(List.of("peskov"));
        ConcurrentLinkedQueue<String> missed = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch writing = new CountDownLatch(1);
        try (AutoCloseable refresher = chat.startRefreshing(Duration.ofMillis(5))) {
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int i = 0; i < 40; i++) {
                        String surname = "Surname" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "ov";
                        store("Ivan " + surname, surname.toLowerCase(), List.of(surname), 1);
                        stored.add(surname.toLowerCase());
                    }
                } finally {
                    writing.countDown();
                }
                return null;
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.getCount() > 0) {
                        List<String> before = List.copyOf(stored); // stored (committed) before the command
                        String key = before.get(answered.get() % before.size());
                        if (!keys(chat.match(key, 8)).contains(key)) {
                            missed.add(key);
                        }
                        answered.incrementAndGet();
                    }
                    return null;
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<?> f : readers) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(missed).as("people stored before a command and not found by it").isEmpty();
        assertThat(answered.get()).isPositive();
        for (String key : stored) {
            assertThat(keys(chat.match(key, 8))).contains(key);
        }
    }

    /** A person with one alias, as ArticleStore writes them, on a connection the caller commits (or not). */
    private static void insertPerson(Connection c, String key, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO people (person_key, name, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, name);
            ps.setTimestamp(3, Timestamp.from(NOW));
            ps.setTimestamp(4, Timestamp.from(NOW));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO person_aliases (person_key, alias, alias_lower) VALUES (?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, name);
            ps.setString(3, name.toLowerCase());
            ps.executeUpdate();
        }
    }

    /** Every stored person with their aliases, straight from the tables: what the old full reload gave. */
    private List<KnownPerson> readEveryone() {
        return db.read("everyone", c -> {
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.person_key, p.name, a.alias FROM people p "
                    + "LEFT JOIN person_aliases a ON a.person_key = p.person_key ORDER BY p.person_key, a.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                    List<String> l = aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (rs.getString(3) != null) {
                        l.add(rs.getString(3));
                    }
                }
            }
            List<KnownPerson> out = new ArrayList<>();
            names.forEach((k, n) -> out.add(new KnownPerson(n, k, aliases.get(k))));
            return out;
        });
    }
}
