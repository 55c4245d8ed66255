package dev.newsdigest.bot.app;

import dev.newsdigest.bot.config.BotConfig;
import dev.newsdigest.bot.config.ConfigException;
import dev.newsdigest.bot.config.ConfigLoader;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.config.SourceValidator;
import dev.newsdigest.bot.ingest.ArticleIngester;
import dev.newsdigest.bot.ingest.Backoff;
import dev.newsdigest.bot.ingest.SourcePoller;
import dev.newsdigest.bot.ingest.feed.FeedParser;
import dev.newsdigest.bot.ingest.fetch.Fetcher;
import dev.newsdigest.bot.ops.BotMetrics;
import dev.newsdigest.bot.storage.ArticleStore;
import dev.newsdigest.bot.storage.AuditLog;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.SourceAdmin;
import dev.newsdigest.bot.storage.SourceHealthStore;
import dev.newsdigest.bot.storage.SourceRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wiring of one bot process: configuration, database, repositories, and the ingest pipeline built on them.
 * Commands open one, use what they need and close it. Chat adapters (next issue) take their dependencies from here.
 */
final class BotContext implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotContext.class);

    final ConfigLoader loader;
    final BotConfig config;
    final Clock clock;
    final Database db;
    final SourceRegistry registry;
    final SourceHealthStore health;
    final AuditLog audit;
    final SourceAdmin admin;
    final SourceValidator validator;
    /** This process's metrics ({@code /metrics}). */
    final BotMetrics metrics = new BotMetrics();
    private Fetcher fetcher;
    private FeedParser parser;
    private SourcePoller poller;

    private BotContext(ConfigLoader loader, BotConfig config, Clock clock) {
        this.loader = loader;
        this.config = config;
        this.clock = clock;
        this.db = Database.open(config.storage());
        this.registry = new SourceRegistry(db, clock);
        this.health = new SourceHealthStore(db);
        this.audit = new AuditLog(db);
        // The file is the operator's own: checked for form only (the fetcher refuses private targets at dial time).
        // Admin edits also get the SSRF guard's early check, for a friendly refusal (RELIABILITY S1-S8).
        this.validator = new SourceValidator(config.schedule());
        this.admin = new SourceAdmin(registry, validator.withUrlCheck(IngestPorts.urlCheck(config.fetch())), audit, clock);
    }

    /** Loads {@code newsdigest.yaml} from {@code dir} and opens the database (migrating it). */
    static BotContext open(Path dir) throws ConfigException {
        ConfigLoader loader = new ConfigLoader(dir);
        return new BotContext(loader, loader.loadBotConfig(), Clock.systemUTC());
    }

    /**
     * Applies {@code sources.yaml} to the source table. An invalid file is refused (every problem logged with file
     * and line) and the sources already in the database keep running.
     *
     * @return the problems, empty when the file was applied
     */
    List<String> applySourcesFile() {
        try {
            List<SourceConfig> sources = loader.loadSources(config.schedule(), validator.urlCheck());
            SourceRegistry.ReconcileResult r = registry.reconcile(sources, "file:" + loader.sourcesFile());
            if (r.changed()) {
                log.info("{}: added {}, updated {}, removed {}", loader.sourcesFile(), r.added(), r.updated(), r.removed());
            }
            return List.of();
        } catch (ConfigException e) {
            e.problems().forEach(p -> log.error("{} (change refused; the previous sources keep running)", p));
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    synchronized Fetcher fetcher() {
        if (fetcher == null) {
            fetcher = IngestPorts.fetcher(config.fetch());
        }
        return fetcher;
    }

    synchronized FeedParser parser() {
        if (parser == null) {
            parser = IngestPorts.parser();
        }
        return parser;
    }

    synchronized SourcePoller poller() {
        if (poller == null) {
            ArticleIngester ingester = new ArticleIngester(fetcher(), EngineHolder.engine(), new ArticleStore(db), clock,
                    metrics.ingestEvents());
            poller = new SourcePoller(fetcher(), parser(), ingester, health, new Backoff(config.schedule().maxBackoff()),
                    config.fetch().maxItemsPerPoll(), config.schedule().failureThreshold(), clock);
        }
        return poller;
    }

    @Override
    public void close() {
        if (fetcher instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                log.debug("closing fetcher", e);
            }
        }
        db.close();
    }
}
