package dev.newsdigest.bot.app;

import dev.newsdigest.bot.config.ConfigException;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.OnePass;
import dev.newsdigest.bot.ingest.PollOutcome;
import dev.newsdigest.bot.ingest.schedule.PollScheduler;
import dev.newsdigest.bot.storage.StorageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdigest run}: starts the bot (scheduler, chat adapters) on the configuration in {@code --config}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the bot: poll the configured sources, digest new articles, post them to subscribed chats.",
                "Runs until SIGTERM or Ctrl-C. With --once: poll every enabled source once, store, and exit.",
                "Example: newsdigest run --config ./config"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped cleanly (or --once finished)", "1:database unavailable", "2:invalid configuration"})
public final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--config", defaultValue = "config", description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--once", description = "Poll every enabled source once, digest, store, and exit.")
    boolean once;

    @Option(names = "--force", description = "With --once: also poll sources that are backing off after failures.")
    boolean force;

    /** With --once: how long delivery may wait for rate limits and retries before leaving the rest for next time. */
    static final java.time.Duration DELIVERY_WAIT = java.time.Duration.ofMinutes(2);

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BotContext ctx;
        try {
            ctx = BotContext.open(config);
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("newsdigest run: " + p));
            return 2;
        } catch (StorageException e) {
            err.println("newsdigest run: " + e.getMessage());
            return 1;
        }
        ChatServices chat;
        try {
            chat = new ChatServices(ctx);
        } catch (IllegalArgumentException e) {
            err.println("newsdigest run: " + e.getMessage());
            ctx.close();
            return 2;
        }
        if (!once) {
            return runForever(ctx, chat);
        }
        try (chat) {
            return runOnce(ctx, chat);
        } finally {
            ctx.close();
        }
    }

    private int runOnce(BotContext ctx, ChatServices chat) {
        ctx.applySourcesFile();
        List<SourceConfig> sources = ctx.registry.enabled();
        try {
            List<PollOutcome> outcomes = new OnePass(ctx.poller(), ctx.config.schedule().workers()).run(sources, !force);
            int stored = 0, failed = 0;
            for (PollOutcome o : outcomes) {
                spec.commandLine().getErr().println(o.describe());
                stored += o.counts().stored();
                failed += o.status() == PollOutcome.Status.FAILED ? 1 : 0;
            }
            spec.commandLine().getErr().printf("%d sources polled, %d new stories, %d sources failed%n",
                    outcomes.size(), stored, failed);
            int queued = chat.routeNow();
            chat.deliverNow(DELIVERY_WAIT);
            spec.commandLine().getErr().printf("%d posts queued; outbox: %s%n", queued, chat.outbox.counts());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Starts the scheduler and the source reloader, then waits for SIGTERM/SIGINT. Shutdown order (RELIABILITY
     * C6): stop picking up changes, stop the scheduler (running polls stop between items and finish their current
     * transaction), then the services, then the database.
     */
    /** Closes {@code ctx} itself, before letting the JVM finish its shutdown. */
    private int runForever(BotContext ctx, ChatServices chat) {
        PollScheduler scheduler = new PollScheduler(ctx.db, ctx.config.schedule(), (id, cancelled) -> ctx.registry.find(id)
                .filter(SourceConfig::enabled).map(s -> ctx.poller().poll(s, true, cancelled)).orElse(null), ctx.clock);
        SourcesReloader reloader = new SourcesReloader(ctx, scheduler);
        reloader.initial();
        ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sources-reload");
            t.setDaemon(true);
            return t;
        });
        long every = ctx.config.schedule().reloadEvery().toMillis();
        reloads.scheduleWithFixedDelay(reloader, every, every, TimeUnit.MILLISECONDS);
        // Chat adapters and the HTTP server start after the scheduler and stop before it.
        List<AutoCloseable> services = new ArrayList<>();
        scheduler.start();
        services.add(chat);
        try {
            chat.start();
        } catch (java.io.IOException e) {
            log.error("the HTTP server could not start (http.port {} in use?): {}", ctx.config.http().port(), e.toString());
        }
        log.info("newsdigest running: {} sources scheduled; stop with SIGTERM or Ctrl-C",
                scheduler.scheduledSources().size());

        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch shutdownDone = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                shutdownDone.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("shutting down");
        reloads.shutdownNow();
        for (AutoCloseable s : services) {
            try {
                s.close();
            } catch (Exception e) {
                log.warn("stopping {}: {}", s, e.getMessage());
            }
        }
        scheduler.close();
        ctx.close();
        log.info("stopped");
        shutdownDone.countDown();
        return 0;
    }
}
