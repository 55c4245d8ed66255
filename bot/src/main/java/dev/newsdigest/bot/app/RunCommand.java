package dev.newsdigest.bot.app;

import dev.newsdigest.bot.cluster.ClusterGuard;
import dev.newsdigest.bot.cluster.InstanceId;
import dev.newsdigest.bot.cluster.LeaderRole;
import dev.newsdigest.bot.cluster.Leadership;
import dev.newsdigest.bot.config.ConfigException;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.OnePass;
import dev.newsdigest.bot.ingest.PollOutcome;
import dev.newsdigest.bot.ingest.schedule.PollScheduler;
import dev.newsdigest.bot.ops.HealthCheck;
import dev.newsdigest.bot.storage.Dialect;
import dev.newsdigest.bot.storage.LeaseStore;
import dev.newsdigest.bot.storage.StorageException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    static final Duration DELIVERY_WAIT = Duration.ofMinutes(2);

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
            if (ctx.config.schedule().clustered()) {
                // Several instances: deliver only as the elected sender, so the bot token's limits hold.
                try (Leadership leadership = new Leadership(new LeaseStore(ctx.db), InstanceId.get(),
                        ctx.config.delivery().leaderLease())) {
                    chat.useLeadership(leadership);
                    leadership.start();
                    if (chat.sendsNow(Duration.ofSeconds(5))) {
                        chat.deliverNow(DELIVERY_WAIT);
                    } else {
                        spec.commandLine().getErr().println("another instance is sending; delivery left to it");
                    }
                }
            } else {
                chat.deliverNow(DELIVERY_WAIT);
            }
            spec.commandLine().getErr().printf("%d posts queued; outbox: %s%n", queued, chat.outbox.counts());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Starts the scheduler, the source reloader and the chat side, then waits for SIGTERM/SIGINT.
     *
     * <p>Several instances ({@code schedule.clustered}): Quartz's clustered job store runs each poll on one instance
     * and recovers a dead one's polls; delivery and Telegram long polling run on the instance holding their lease
     * ({@link ChatServices#useLeadership}). The start-up guard refuses a mode that would corrupt the others (C7).
     *
     * <p>Shutdown (RELIABILITY C6), bounded by {@code schedule.stopTimeout} plus the relay's in-flight wait: the
     * scheduler takes no new fires and the reloader stops; then, at the same time, running polls are interrupted
     * and awaited (they stop between items) while the chat side stops (HTTP server and adapters first, then the
     * relay: no more claims, queued rows back to PENDING, sends in flight finish); then the leases are released so
     * another instance takes over at once; then the pool closes.
     */
    private int runForever(BotContext ctx, ChatServices chat) {
        var schedule = ctx.config.schedule();
        // The hook first: a SIGTERM that arrives while we are still starting also stops us gracefully (C6).
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch shutdownDone = new CountDownLatch(1);
        long hookWait = schedule.stopTimeout().plusSeconds(45).toMillis();
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                shutdownDone.await(hookWait, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Leadership leadership = null;
        // A non-clustered instance on a database other processes can open holds the single-instance lease (C7).
        boolean singleOnShared = !schedule.clustered()
                && (ctx.db.dialect() == Dialect.POSTGRESQL || ClusterGuard.shareableH2(ctx.config.storage().url()));
        try {
            LeaseStore leases = new LeaseStore(ctx.db);
            new ClusterGuard(ctx.db, ctx.config.storage().url(), leases, schedule, ctx.clock)
                    .check(InstanceId.get(), ctx.config.delivery().leaderLease());
            if (schedule.clustered() || singleOnShared) {
                leadership = new Leadership(leases, InstanceId.get(), ctx.config.delivery().leaderLease());
                if (singleOnShared) {
                    leadership.role(ClusterGuard.SINGLE_INSTANCE, Duration.ZERO, LeaderRole.Listener.NONE);
                } else {
                    chat.useLeadership(leadership);
                }
            }
        } catch (ClusterGuard.Refused e) {
            spec.commandLine().getErr().println("newsdigest run: " + e.getMessage());
            log.error("refusing to start: {}", e.getMessage());
            Runtime.getRuntime().removeShutdownHook(hook);
            chat.close();
            ctx.close();
            return 2;
        }
        PollScheduler scheduler = new PollScheduler(ctx.db, schedule, (id, cancelled) -> {
            PollOutcome outcome = ctx.registry.find(id).filter(SourceConfig::enabled)
                    .map(s -> ctx.poller().poll(s, true, cancelled)).orElse(null);
            ctx.metrics.poll(outcome);
            return outcome;
        }, ctx.clock);
        chat.health.register("scheduler", () -> scheduler.running()
                ? HealthCheck.Status.up(schedule.clustered() ? "clustered" : "single instance")
                : HealthCheck.Status.down("not running"));
        SourcesReloader reloader = new SourcesReloader(ctx, scheduler);
        reloader.initial();
        ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sources-reload");
            t.setDaemon(true);
            return t;
        });
        long every = schedule.reloadEvery().toMillis();
        reloads.scheduleWithFixedDelay(reloader, every, every, TimeUnit.MILLISECONDS);
        // Chat adapters and the HTTP server start after the scheduler and stop before it.
        scheduler.start();
        try {
            chat.start();
        } catch (java.io.IOException e) {
            log.error("the HTTP server could not start (http.port {} in use?): {}", ctx.config.http().port(), e.toString());
        }
        if (leadership != null) {
            leadership.start();
        }
        log.info("newsdigest running: {} sources scheduled{}; stop with SIGTERM or Ctrl-C",
                scheduler.scheduledSources().size(), schedule.clustered() ? " (clustered as " + InstanceId.get() + ")" : "");

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("shutting down");
        reloads.shutdownNow();
        scheduler.standby();
        CompletableFuture<Boolean> polls = CompletableFuture.supplyAsync(() -> scheduler.close(schedule.stopTimeout()));
        try {
            chat.close();
        } catch (RuntimeException e) {
            log.warn("stopping the chat side: {}", e.toString());
        }
        boolean pollsStopped = polls.join();
        if (leadership != null) {
            leadership.close();
        }
        ctx.close();
        log.info("stopped{}", pollsStopped ? "" : " (some polls were abandoned; they run again on recovery)");
        shutdownDone.countDown();
        return 0;
    }
}
