package dev.newsdigest.bot.ingest;

import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.config.SourceType;
import dev.newsdigest.bot.ingest.feed.FeedItem;
import dev.newsdigest.bot.ingest.feed.FeedParseException;
import dev.newsdigest.bot.ingest.feed.FeedParser;
import dev.newsdigest.bot.ingest.feed.FeedType;
import dev.newsdigest.bot.ingest.feed.ParsedFeed;
import dev.newsdigest.bot.ingest.fetch.FailureReason;
import dev.newsdigest.bot.ingest.fetch.FetchRequest;
import dev.newsdigest.bot.ingest.fetch.FetchResult;
import dev.newsdigest.bot.ingest.fetch.Fetcher;
import dev.newsdigest.bot.storage.SourceHealth;
import dev.newsdigest.bot.storage.SourceHealthStore;
import dev.newsdigest.bot.storage.StorageException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one source: conditional GET with the stored validators, parse, keyword filter, each new item through
 * {@link ArticleIngester}, then the source's health. Every failure is classified and recorded on the source; none
 * escapes to the caller, so a broken source never stops the others.
 *
 * <p>Crash safety: the new ETag/Last-Modified are saved only after every item was handled. A poll killed halfway
 * keeps the old validators, so the next poll gets the whole feed again; the items already stored are then found by
 * their keys and nothing is stored twice (RELIABILITY C1). The same holds when an article page failed to fetch:
 * the validators are not advanced, so the item is tried again next time.
 */
public final class SourcePoller {
    private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);

    private final Fetcher fetcher;
    private final FeedParser parser;
    private final ArticleIngester ingester;
    private final SourceHealthStore health;
    private final Backoff backoff;
    private final int maxItemsPerPoll;
    private final int failureThreshold;
    private final Clock clock;
    private final SourceAlerts alerts;

    public SourcePoller(Fetcher fetcher, FeedParser parser, ArticleIngester ingester, SourceHealthStore health,
                        Backoff backoff, int maxItemsPerPoll, int failureThreshold, Clock clock) {
        this(fetcher, parser, ingester, health, backoff, maxItemsPerPoll, failureThreshold, clock, SourceAlerts.NONE);
    }

    /** @param alerts told once when a source starts failing and once when it recovers (F1) */
    public SourcePoller(Fetcher fetcher, FeedParser parser, ArticleIngester ingester, SourceHealthStore health,
                        Backoff backoff, int maxItemsPerPoll, int failureThreshold, Clock clock, SourceAlerts alerts) {
        this.alerts = alerts;
        this.fetcher = fetcher;
        this.parser = parser;
        this.ingester = ingester;
        this.health = health;
        this.backoff = backoff;
        this.maxItemsPerPoll = maxItemsPerPoll;
        this.failureThreshold = failureThreshold;
        this.clock = clock;
    }

    /**
     * @param respectBackoff false to poll even when the source is backing off (an admin's explicit check)
     */
    public PollOutcome poll(SourceConfig source, boolean respectBackoff) {
        return poll(source, respectBackoff, () -> false);
    }

    /**
     * @param cancelled checked between items: on shutdown the poll stops early, keeps what it stored and does not
     *                  advance the validators, so the next poll picks up the rest
     */
    public PollOutcome poll(SourceConfig source, boolean respectBackoff, java.util.function.BooleanSupplier cancelled) {
        Instant start = clock.instant();
        try {
            return pollOnce(source, respectBackoff, start, cancelled);
        } catch (StorageException e) {
            log.warn("{}: poll aborted, database error: {}", source.id(), e.getMessage());
            return new PollOutcome(source.id(), PollOutcome.Status.FAILED, "STORAGE", e.getMessage(),
                    PollOutcome.Counts.NONE, Duration.between(start, clock.instant()), null);
        } catch (RuntimeException e) {
            // A bug in a parser or the engine must not kill the worker; it is recorded like any failure.
            log.error("{}: poll failed unexpectedly", source.id(), e);
            return fail(source, start, "INTERNAL", e.toString(), null);
        }
    }

    private PollOutcome pollOnce(SourceConfig source, boolean respectBackoff, Instant start,
                                 java.util.function.BooleanSupplier cancelled) {
        SourceHealth h = health.get(source.id());
        if (respectBackoff && Backoff.mustWait(start, h.nextFetchAt(), source.every())) {
            return new PollOutcome(source.id(), PollOutcome.Status.SKIPPED, "BACKOFF",
                    "backing off after " + h.failuresInRow() + " failure(s) until " + h.nextFetchAt(),
                    PollOutcome.Counts.NONE, Duration.ZERO, h.nextFetchAt());
        }
        FetchResult result = fetcher.fetch(new FetchRequest(source.url(), h.etag(), h.lastModified(), source.charset()));
        if (result instanceof FetchResult.NotModified) {
            health.recordSuccess(source.id(), clock.instant(), true, null, null, null, 0);
            alertIfRecovered(source, h);
            return new PollOutcome(source.id(), PollOutcome.Status.NOT_MODIFIED, null, null, PollOutcome.Counts.NONE,
                    Duration.between(start, clock.instant()), null);
        }
        if (result instanceof FetchResult.Failed f && f.reason() == FailureReason.HOST_BUSY) {
            // Our own politeness limit (L1), not the source's fault: no failure counted, no backoff; tried again.
            PollOutcome deferred = new PollOutcome(source.id(), PollOutcome.Status.SKIPPED, FailureReason.HOST_BUSY.name(),
                    f.message(), PollOutcome.Counts.NONE, Duration.between(start, clock.instant()), null);
            log.info("{}", deferred.describe());
            return deferred;
        }
        if (result instanceof FetchResult.Failed f) {
            return fail(source, start, f.reason().name(), f.message(), f.retryAfter());
        }
        FetchResult.Fresh fresh = (FetchResult.Fresh) result;
        ParsedFeed feed;
        try {
            feed = parser.parse(fresh.body(), fresh.contentType(), fresh.finalUri(), feedType(source.type()),
                    charsetOverride(source.charset()));
        } catch (FeedParseException e) {
            return fail(source, start, FailureReason.PARSE_ERROR.name(), e.getMessage(), null);
        }
        List<FeedItem> items = feed.items().size() > maxItemsPerPoll ? feed.items().subList(0, maxItemsPerPoll) : feed.items();
        KeywordFilter filter = KeywordFilter.of(source);
        int filtered = 0, stored = 0, duplicates = 0, near = 0, unreadable = 0, failed = 0;
        boolean interrupted = false;
        for (FeedItem item : items) {
            if (cancelled.getAsBoolean()) {
                interrupted = true;
                break;
            }
            if (!filter.accepts(item.title(), item.content())) {
                filtered++;
                continue;
            }
            ItemOutcome outcome;
            try {
                outcome = ingester.ingest(source, item);
            } catch (StorageException e) {
                throw e;
            } catch (RuntimeException e) {
                log.error("{}: item {} failed unexpectedly", source.id(), item.url(), e);
                outcome = ItemOutcome.UNREADABLE;
            }
            switch (outcome) {
                case STORED -> stored++;
                case DUPLICATE -> duplicates++;
                case NEAR_DUPLICATE -> near++;
                case UNREADABLE -> unreadable++;
                case FETCH_FAILED -> failed++;
            }
        }
        boolean complete = failed == 0 && !interrupted;
        health.recordSuccess(source.id(), clock.instant(), false, complete ? fresh.etag() : null,
                complete ? fresh.lastModified() : null, feed.type() == null ? null : feed.type().name().toLowerCase(Locale.ROOT),
                stored);
        alertIfRecovered(source, h);
        PollOutcome.Counts counts = new PollOutcome.Counts(items.size(), filtered, stored, duplicates, near, unreadable, failed);
        PollOutcome outcome = new PollOutcome(source.id(), PollOutcome.Status.FRESH, null, null, counts,
                Duration.between(start, clock.instant()), null);
        log.info("{}", outcome.describe());
        return outcome;
    }

    private PollOutcome fail(SourceConfig source, Instant start, String reason, String message, Instant retryAfter) {
        int[] failures = {0};
        Instant[] next = {null};
        failures[0] = health.recordFailure(source.id(), clock.instant(), reason, message, n -> {
            next[0] = backoff.nextFetchAt(start, source.every(), n, retryAfter);
            return next[0];
        });
        PollOutcome outcome = new PollOutcome(source.id(), PollOutcome.Status.FAILED, reason, message,
                PollOutcome.Counts.NONE, Duration.between(start, clock.instant()), next[0]);
        if (failures[0] >= failureThreshold) {
            log.warn("{} ({} failures in a row: source is failing)", outcome.describe(), failures[0]);
            alertIfNewlyFailing(source);
        } else {
            log.info("{}", outcome.describe());
        }
        return outcome;
    }

    /**
     * Tells the admins once per failure streak. The notice is queued before the flag is set: after a crash in
     * between, the next failure queues it again under the same streak key, which the outbox ignores.
     */
    private void alertIfNewlyFailing(SourceConfig source) {
        if (health.alertedAt(source.id()) != null) {
            return;
        }
        SourceHealth now = health.get(source.id());
        try {
            alerts.failing(source, now, SourceAlerts.streak(now));
        } catch (RuntimeException e) {
            // Not flagged: the next failure tries again.
            log.warn("{}: could not queue the admins' notice: {}", source.id(), e.toString());
            return;
        }
        health.setAlertedAt(source.id(), clock.instant());
    }

    /** After a success: if the admins were told this source was failing, they now hear that it works again. */
    private void alertIfRecovered(SourceConfig source, SourceHealth before) {
        if (before.failuresInRow() == 0 || health.alertedAt(source.id()) == null) {
            return;
        }
        try {
            alerts.recovered(source, before, SourceAlerts.streak(before));
        } catch (RuntimeException e) {
            log.warn("{}: could not queue the admins' notice: {}", source.id(), e.toString());
            return;
        }
        health.setAlertedAt(source.id(), null);
    }

    /** The parser's expectation for a configured type; null lets the parser detect it. */
    public static FeedType feedType(SourceType type) {
        return type == null ? null : switch (type) {
            case RSS -> FeedType.RSS;
            case ATOM -> FeedType.ATOM;
            case JSONFEED -> FeedType.JSONFEED;
            case PAGE -> FeedType.PAGE;
        };
    }

    /** The source's configured charset, which beats whatever the response declares; null when none is set. */
    private static java.nio.charset.Charset charsetOverride(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return java.nio.charset.Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null; // validated at load time; a charset the JVM lost since is better ignored than fatal
        }
    }
}
