package dev.newsdigest.bot.ops;

import dev.newsdigest.bot.chat.command.CommandObserver;
import dev.newsdigest.bot.delivery.DeliveryEvents;
import dev.newsdigest.bot.delivery.OutboxStore;
import dev.newsdigest.bot.ingest.IngestEvents;
import dev.newsdigest.bot.ingest.PollOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's metrics (Micrometer, scraped as Prometheus text at {@code /metrics}). Counters are per process;
 * Prometheus sums them over the instances. The outbox gauges read the shared table, so every instance reports the
 * same depth and age (take {@code max} over instances, not {@code sum}). Gauges hold strong references to what
 * they read (Micrometer's default is weak, and a gauge whose object was collected reports NaN).
 *
 * <ul>
 *   <li>{@code newsdigest_polls_total{outcome}}: polls by fresh / not_modified / failed / skipped</li>
 *   <li>{@code newsdigest_fetch_failures_total{reason}}: feed and article fetches that failed, by reason
 *       (TIMEOUT, HTTP_STATUS, TOO_LARGE, REFUSED_ADDRESS, ...)</li>
 *   <li>{@code newsdigest_articles_stored_total}, {@code newsdigest_quotes_stored_total}</li>
 *   <li>{@code newsdigest_outbox_depth}, {@code newsdigest_outbox_oldest_age_seconds}</li>
 *   <li>{@code newsdigest_deliveries_total{platform,outcome}}</li>
 *   <li>{@code newsdigest_command_seconds{command,platform,outcome}}: time to answer a command</li>
 *   <li>{@code newsdigest_leader{role}}: 1 while this instance holds the role</li>
 *   <li>JVM: memory, GC, threads, class loading, CPU, uptime, open files</li>
 * </ul>
 */
public final class BotMetrics {
    private static final Logger log = LoggerFactory.getLogger(BotMetrics.class);
    /** The backlog query runs at most this often, however often Prometheus scrapes. */
    private static final Duration BACKLOG_CACHE = Duration.ofSeconds(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter articles;
    private final Counter quotes;

    public BotMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        articles = Counter.builder("newsdigest.articles.stored").description("New stories stored").register(registry);
        quotes = Counter.builder("newsdigest.quotes.stored").description("Quotes stored with new stories")
                .register(registry);
        // Every outcome from the start, at zero: a rate() over a series that appears late misses its first polls.
        for (PollOutcome.Status s : PollOutcome.Status.values()) {
            counter("newsdigest.polls", "outcome", s.name().toLowerCase(Locale.ROOT));
        }
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Records one poll of one source. */
    public void poll(PollOutcome o) {
        if (o == null) {
            return;
        }
        counter("newsdigest.polls", "outcome", o.status().name().toLowerCase(Locale.ROOT)).increment();
        if (o.status() == PollOutcome.Status.FAILED) {
            fetchFailure(o.reason());
        }
    }

    private void fetchFailure(String reason) {
        counter("newsdigest.fetch.failures", "reason", reason == null ? "UNKNOWN" : reason).increment();
    }

    public IngestEvents ingestEvents() {
        return new IngestEvents() {
            @Override
            public void stored(int n) {
                articles.increment();
                quotes.increment(n);
            }

            @Override
            public void pageFetchFailed(String reason) {
                fetchFailure(reason);
            }
        };
    }

    public DeliveryEvents deliveryEvents() {
        return (platform, outcome) -> Counter.builder("newsdigest.deliveries").description("Send attempts by outcome")
                .tag("platform", platform.id()).tag("outcome", outcome).register(registry).increment();
    }

    public CommandObserver commandObserver() {
        return (command, platform, took, outcome) -> Timer.builder("newsdigest.command")
                .description("Time to answer a chat command").tag("command", command).tag("platform", platform.id())
                .tag("outcome", outcome).register(registry).record(took);
    }

    /** Outbox depth and the age of its oldest unfinished row, read from the database (cached a few seconds). */
    public void outbox(Supplier<OutboxStore.Backlog> backlog) {
        CachedBacklog cache = new CachedBacklog(backlog);
        Gauge.builder("newsdigest.outbox.depth", cache, c -> c.get().depth())
                .description("Posts waiting to be sent (pending or being sent)").strongReference(true).register(registry);
        Gauge.builder("newsdigest.outbox.oldest.age", cache, c -> {
            Instant oldest = c.get().oldestCreatedAt();
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
        }).baseUnit("seconds").description("Age of the oldest post waiting to be sent").strongReference(true)
                .register(registry);
    }

    /** 1 while this instance holds {@code role}. */
    public void leader(String role, BooleanSupplier held) {
        Gauge.builder("newsdigest.leader", held, h -> h.getAsBoolean() ? 1 : 0).tag("role", role)
                .description("1 while this instance holds the role").strongReference(true).register(registry);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(name).tag(tag, value).register(registry);
    }

    private static final class CachedBacklog {
        private final Supplier<OutboxStore.Backlog> source;
        private OutboxStore.Backlog last = new OutboxStore.Backlog(0, null);
        private long readAt = Long.MIN_VALUE;

        CachedBacklog(Supplier<OutboxStore.Backlog> source) {
            this.source = source;
        }

        synchronized OutboxStore.Backlog get() {
            long now = System.nanoTime();
            if (readAt == Long.MIN_VALUE || now - readAt > BACKLOG_CACHE.toNanos()) {
                try {
                    last = source.get();
                } catch (RuntimeException e) {
                    log.debug("outbox backlog unavailable: {}", e.toString());
                }
                readAt = now;
            }
            return last;
        }
    }
}
