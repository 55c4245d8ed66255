package dev.newsdigest.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.dedup.Fingerprints;
import dev.newsdigest.bot.ingest.dedup.ItemKeys;
import dev.newsdigest.bot.ingest.dedup.MinHash;
import dev.newsdigest.bot.testing.Digests;
import dev.newsdigest.bot.testing.TestDatabases;
import dev.newsdigest.digest.Digest;
import java.net.URI;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Dedup and the one-transaction store, on H2 and on PostgreSQL (RELIABILITY P7, C1). */
class ArticleStoreTest {
    private static final Instant NOW = Instant.parse("2025-01-20T10:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private ArticleStore store;

    private void open(String kind) {
        db = Database.open(TestDatabases.of(kind, dir));
        store = new ArticleStore(db);
        SourceRegistry registry = new SourceRegistry(db, Clock.fixed(NOW, ZoneOffset.UTC));
        for (String id : List.of("a", "b", "c")) {
            registry.add(new SourceConfig(id, "Source " + id, URI.create("https://" + id + ".example/rss"), null,
                    Duration.ofMinutes(10), false, "en", List.of(), List.of(), true, null), "test");
        }
    }

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    private NewArticle article(String source, String guid, String url, String title, String text) {
        ItemKeys keys = ItemKeys.of(source, guid, url);
        Digest d = Digests.digest(url, text);
        int[] minhash = MinHash.signature(d.text());
        return new NewArticle(source, keys.url(), keys.urlHash(), guid, keys.guidHash(),
                Fingerprints.contentHash(title, d.text()), minhash, minhash == null ? null : MinHash.bands(minhash),
                title, NOW.minusSeconds(60), NOW, d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void storesArticleDigestPeopleAndQuotesOnce(String kind) {
        open(kind);
        NewArticle a = article("a", "urn:uuid:1", "https://news.example/x?utm_source=rss", "Budget", Digests.text("Springfield"));
        ArticleStore.Result first = store.store(a);
        assertThat(first.outcome()).isEqualTo(ArticleStore.Outcome.STORED);
        ArticleStore.Result again = store.store(a);
        assertThat(again.outcome()).isEqualTo(ArticleStore.Outcome.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(first.articleId());
        assertThat(count("articles")).isEqualTo(1);
        assertThat(count("digests")).isEqualTo(1);
        assertThat(count("quotes")).isEqualTo(1);
        assertThat(count("people")).isEqualTo(1);
        assertThat(count("person_aliases")).isEqualTo(3);
        assertThat(count("article_sources")).isEqualTo(1);
        List<StoredDigest> digests = new DigestReader(db).since(null);
        assertThat(digests).singleElement().satisfies(d -> {
            assertThat(d.digest()).isEqualTo(a.digest());
            assertThat(d.url()).isEqualTo("https://news.example/x");
            assertThat(d.sources()).extracting(StoredDigest.SourceRef::id).containsExactly("a");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void sameGuidOrUrlInAnotherFeedOnlyLinksTheSource(String kind) {
        open(kind);
        store.store(article("a", "https://news.example/story/1", "https://news.example/story/1", "T", Digests.text("Oslo")));
        assertThat(store.findKnown("b", "https://news.example/story/1",
                ItemKeys.of("b", "https://news.example/story/1", null).guidHash(), null, NOW)).isPresent();
        // Same URL, written differently (tracking parameter, fragment, trailing slash, upper-case host, port).
        ItemKeys other = ItemKeys.of("c", null, "HTTPS://News.Example:443/story/1/?utm_medium=x#comments");
        assertThat(store.findKnown("c", null, null, other.urlHash(), NOW)).isPresent();
        assertThat(count("articles")).isEqualTo(1);
        assertThat(count("article_sources")).isEqualTo(3);
        assertThat(new DigestReader(db).since(null).get(0).sources()).extracting(StoredDigest.SourceRef::id)
                .containsExactly("a", "b", "c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void bareGuidIsScopedToItsSource(String kind) {
        open(kind);
        store.store(article("a", "42", "https://a.example/42", "T", Digests.text("Bergen")));
        assertThat(store.findKnown("b", "42", ItemKeys.of("b", "42", null).guidHash(), null, NOW)).isEmpty();
        assertThat(store.findKnown("a", "42", ItemKeys.of("a", "42", null).guidHash(), null, NOW)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void nearDuplicateAcrossSourcesJoinsOneStoryWithBothSources(String kind) {
        open(kind);
        String text = Digests.text("Lisbon");
        ArticleStore.Result first = store.store(article("a", null, "https://a.example/lisbon-budget", "Lisbon budget", text));
        // The same wire story on another site: other URL and title, one sentence added at the end.
        ArticleStore.Result second = store.store(article("b", null, "https://b.example/news/123", "Budget row in Lisbon",
                text + " The mayor's office declined to comment."));
        assertThat(second.outcome()).isEqualTo(ArticleStore.Outcome.NEAR_DUPLICATE);
        assertThat(second.storyId()).isEqualTo(first.storyId());
        // A different story stays apart.
        ArticleStore.Result third = store.store(article("c", null, "https://c.example/x", "Other", Digests.otherText("Kyiv")));
        assertThat(third.outcome()).isEqualTo(ArticleStore.Outcome.STORED);
        assertThat(third.storyId()).isNotEqualTo(first.storyId());
        assertThat(count("articles")).isEqualTo(3);
        assertThat(count("digests")).isEqualTo(2);
        assertThat(count("quotes")).isEqualTo(2);
        StoredDigest lisbon = new DigestReader(db).since(null).get(0);
        assertThat(lisbon.sources()).extracting(StoredDigest.SourceRef::id).containsExactly("a", "b");
        assertThat(lisbon.sources()).extracting(StoredDigest.SourceRef::url)
                .containsExactly("https://a.example/lisbon-budget", "https://b.example/news/123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void concurrentWritersOfOneArticleStoreItOnce(String kind) throws Exception {
        open(kind);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ArticleStore.Result>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String source = List.of("a", "b", "c").get(i % 3);
                tasks.add(() -> store.store(article(source, null, "https://x.example/same", "Same", Digests.text("Rome"))));
            }
            List<ArticleStore.Outcome> outcomes = new ArrayList<>();
            for (Future<ArticleStore.Result> f : pool.invokeAll(tasks)) {
                outcomes.add(f.get().outcome());
            }
            assertThat(outcomes).filteredOn(o -> o == ArticleStore.Outcome.STORED).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("articles")).isEqualTo(1);
        assertThat(count("digests")).isEqualTo(1);
        assertThat(count("quotes")).isEqualTo(1);
        assertThat(count("article_sources")).isEqualTo(3);
    }

    private long count(String table) {
        return db.read("count", c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
