package dev.newsdigest.bot.ingest;

import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.dedup.Fingerprints;
import dev.newsdigest.bot.ingest.dedup.ItemKeys;
import dev.newsdigest.bot.ingest.dedup.MinHash;
import dev.newsdigest.bot.ingest.feed.FeedItem;
import dev.newsdigest.bot.ingest.fetch.FetchRequest;
import dev.newsdigest.bot.ingest.fetch.FetchResult;
import dev.newsdigest.bot.ingest.fetch.Fetcher;
import dev.newsdigest.bot.storage.ArticleStore;
import dev.newsdigest.bot.storage.NewArticle;
import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.DigestEngine;
import dev.newsdigest.digest.UnreadableArticleException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one feed item to storage: cheap dedup keys first (a known GUID or URL costs one query and no fetch), then
 * the article page when the source wants full text or the feed gave no content (same {@link Fetcher}, same limits
 * and SSRF guard), then the digest engine, then one transaction that stores it or links it to what is known.
 */
public final class ArticleIngester {
    private static final Logger log = LoggerFactory.getLogger(ArticleIngester.class);

    private final Fetcher fetcher;
    private final DigestEngine engine;
    private final ArticleStore store;
    private final Clock clock;
    private final IngestEvents events;

    public ArticleIngester(Fetcher fetcher, DigestEngine engine, ArticleStore store, Clock clock) {
        this(fetcher, engine, store, clock, IngestEvents.NONE);
    }

    public ArticleIngester(Fetcher fetcher, DigestEngine engine, ArticleStore store, Clock clock, IngestEvents events) {
        this.events = events;
        this.fetcher = fetcher;
        this.engine = engine;
        this.store = store;
        this.clock = clock;
    }

    public ItemOutcome ingest(SourceConfig source, FeedItem item) {
        Instant now = clock.instant();
        ItemKeys keys = ItemKeys.of(source.id(), item.guid(), item.url());
        Optional<ArticleStore.Result> known = store.findKnown(source.id(), item.guid(), keys.guidHash(), keys.urlHash(), now);
        if (known.isPresent()) {
            return ItemOutcome.DUPLICATE;
        }
        ArticleInput input;
        boolean needPage = item.url() != null && (source.fullText() || item.content() == null || item.content().isBlank());
        if (needPage) {
            FetchResult page = fetcher.fetch(new FetchRequest(URI.create(item.url()), null, null, source.charset()));
            if (!(page instanceof FetchResult.Fresh fresh)) {
                log.info("{}: article {} not fetched: {}", source.id(), item.url(), describe(page));
                events.pageFetchFailed(page instanceof FetchResult.Failed f ? f.reason().name() : "NOT_MODIFIED");
                return ItemOutcome.FETCH_FAILED;
            }
            input = new ArticleInput(item.url(), fresh.body(), fresh.charset() == null ? null : fresh.charset().name(),
                    item.title(), source.language());
        } else if (item.content() != null && !item.content().isBlank()) {
            input = new ArticleInput(item.url() != null ? item.url() : source.url().toString(),
                    item.content().getBytes(StandardCharsets.UTF_8), "UTF-8", item.title(), source.language());
        } else {
            return ItemOutcome.UNREADABLE;
        }
        Digest digest;
        try {
            digest = engine.digest(input);
        } catch (UnreadableArticleException e) {
            log.info("{}: article {} unreadable: {}", source.id(), input.source(), e.getMessage());
            return ItemOutcome.UNREADABLE;
        }
        int[] minhash = MinHash.signature(digest.text());
        NewArticle article = new NewArticle(source.id(), keys.url(), keys.urlHash(), item.guid(), keys.guidHash(),
                Fingerprints.contentHash(item.title(), digest.text()), minhash,
                minhash == null ? null : MinHash.bands(minhash), item.title(), item.published(), clock.instant(), digest);
        return switch (store.store(article).outcome()) {
            case STORED -> {
                events.stored(digest.quotes().size());
                yield ItemOutcome.STORED;
            }
            case DUPLICATE -> ItemOutcome.DUPLICATE;
            case NEAR_DUPLICATE -> ItemOutcome.NEAR_DUPLICATE;
        };
    }

    static String describe(FetchResult r) {
        if (r instanceof FetchResult.Failed f) {
            return f.reason() + ": " + f.message();
        }
        return r instanceof FetchResult.NotModified ? "not modified" : "ok";
    }
}
