package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.chat.port.PeopleQueries;
import dev.newsdigest.bot.chat.port.QuoteQueries;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.dedup.Fingerprints;
import dev.newsdigest.bot.testing.TestDatabases;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chat read side's queries over what ArticleStore wrote, on H2 and PostgreSQL: a person's newest quotes first
 * (the index-only top-N form) and the people in the most stories of a window (counted per dialect, ties by name).
 */
class JdbcChatQueriesTest {
    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private ArticleStore store;

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

    /** An article published {@code hoursAgo} with one quote of each speaker (key = surname in lower case). */
    private void article(int n, int hoursAgo, String... speakers) {
        StringBuilder text = new StringBuilder("Article " + n + ".");
        List<Person> people = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (String speaker : speakers) {
            String surname = speaker.substring(speaker.indexOf(' ') + 1);
            String said = "Statement " + n + " by " + surname;
            text.append(" \"");
            int start = text.length();
            text.append(said).append("\", said ").append(speaker).append('.');
            people.add(new Person(speaker, surname.toLowerCase(), 1, List.of(surname), null, Gender.UNKNOWN));
            quotes.add(new Quote(said, speaker, surname.toLowerCase(), Quote.Kind.DIRECT, start, start + said.length(),
                    quotes.size()));
        }
        Digest d = new Digest("https://wire.example/" + n, "en", "Headline " + n, "", people, quotes, text.toString());
        Instant published = NOW.minus(Duration.ofHours(hoursAgo));
        store.store(new NewArticle("wire", "https://wire.example/" + n, Fingerprints.contentHash("u", "" + n), null, null,
                Fingerprints.contentHash("Headline " + n, d.text()), null, null, "Headline " + n, published, NOW, d));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void newestQuotesOfOnePersonFirstWithTheirArticle(String kind) {
        open(kind);
        article(1, 50, "Anna Example", "Boris Sample");
        article(2, 2, "Anna Example");
        article(3, 30, "Anna Example");
        JdbcChatQueries chat = new JdbcChatQueries(db, Clock.fixed(NOW, ZoneOffset.UTC));

        List<QuoteQueries.QuoteView> recent = chat.recentQuotes("example", 2);
        assertThat(recent).extracting(QuoteQueries.QuoteView::text)
                .containsExactly("Statement 2 by Example", "Statement 3 by Example");
        assertThat(recent.get(0).source()).isEqualTo("The Wire");
        assertThat(recent.get(0).url()).isEqualTo("https://wire.example/2");
        assertThat(recent.get(0).headline()).isEqualTo("Headline 2");
        assertThat(recent.get(0).published()).isEqualTo(NOW.minus(Duration.ofHours(2)));
        assertThat(chat.recentQuotes("example", 10)).hasSize(3);
        assertThat(chat.recentQuotes("sample", 5)).extracting(QuoteQueries.QuoteView::speaker).containsExactly("Boris Sample");
        assertThat(chat.recentQuotes("nobody", 5)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void peopleInTheMostStoriesOfAWindowTiesByName(String kind) {
        open(kind);
        article(1, 100, "Boris Sample");
        article(2, 100, "Boris Sample");
        article(3, 100, "Boris Sample");
        article(4, 5, "Anna Example", "Boris Sample");
        article(5, 3, "Anna Example", "Clara Test");
        article(6, 4, "Dora Zeta");
        JdbcChatQueries chat = new JdbcChatQueries(db, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(chat.inTheNews(NOW.minus(Duration.ofDays(1)), 10))
                .containsExactly(new PeopleQueries.PersonCount("example", "Anna Example", 2),
                        new PeopleQueries.PersonCount("sample", "Boris Sample", 1),
                        new PeopleQueries.PersonCount("test", "Clara Test", 1),
                        new PeopleQueries.PersonCount("zeta", "Dora Zeta", 1));
        // Three people tie for second place: the first by name wins it.
        assertThat(chat.inTheNews(NOW.minus(Duration.ofDays(1)), 2)).extracting(PeopleQueries.PersonCount::key)
                .containsExactly("example", "sample");
        assertThat(chat.inTheNews(NOW.minus(Duration.ofDays(7)), 1))
                .containsExactly(new PeopleQueries.PersonCount("sample", "Boris Sample", 4));
        assertThat(chat.inTheNews(NOW.plusSeconds(1), 10)).isEmpty();
        assertThat(chat.inTheNews(NOW.minus(Duration.ofDays(1)), 0)).isEmpty();
    }
}
