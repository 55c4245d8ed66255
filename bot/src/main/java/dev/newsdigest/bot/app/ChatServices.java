package dev.newsdigest.bot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatGateway;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.command.AdminPolicy;
import dev.newsdigest.bot.chat.command.ChatCommands;
import dev.newsdigest.bot.chat.command.CommandPorts;
import dev.newsdigest.bot.chat.command.UserRateLimiter;
import dev.newsdigest.bot.chat.okhttp.SendingHttpClient;
import dev.newsdigest.bot.chat.slack.SlackApi;
import dev.newsdigest.bot.chat.slack.SlackBot;
import dev.newsdigest.bot.chat.slack.SlackClients;
import dev.newsdigest.bot.chat.slack.SlackEventsEndpoint;
import dev.newsdigest.bot.chat.slack.SlackGateway;
import dev.newsdigest.bot.chat.slack.SlackRenderer;
import dev.newsdigest.bot.chat.slack.SlackSignature;
import dev.newsdigest.bot.chat.telegram.TelegramApi;
import dev.newsdigest.bot.chat.telegram.TelegramBot;
import dev.newsdigest.bot.chat.telegram.TelegramGateway;
import dev.newsdigest.bot.chat.telegram.TelegramRenderer;
import dev.newsdigest.bot.chat.telegram.TelegramUpdateHandler;
import dev.newsdigest.bot.chat.telegram.TelegramWebhook;
import dev.newsdigest.bot.config.BotConfig;
import dev.newsdigest.bot.cluster.LeaderRole;
import dev.newsdigest.bot.cluster.Leadership;
import dev.newsdigest.bot.delivery.DeliveryGate;
import dev.newsdigest.bot.delivery.DeliveryRelay;
import dev.newsdigest.bot.delivery.InDoubtReporter;
import dev.newsdigest.bot.delivery.PlatformLimits;
import dev.newsdigest.bot.ops.HealthCheck;
import dev.newsdigest.bot.ops.HealthEndpoint;
import dev.newsdigest.bot.ops.MetricsEndpoint;
import dev.newsdigest.bot.delivery.DigestRouter;
import dev.newsdigest.bot.delivery.RateLimiter;
import dev.newsdigest.bot.delivery.RetryPolicy;
import dev.newsdigest.bot.delivery.RoutableStory;
import dev.newsdigest.bot.http.BotHttpServer;
import dev.newsdigest.bot.storage.ChatStore;
import dev.newsdigest.bot.storage.JdbcChatQueries;
import dev.newsdigest.bot.storage.JdbcOutbox;
import dev.newsdigest.bot.storage.RoutingFeed;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * The chat side of one process, built from a {@link BotContext}: the command layer over storage, the platform
 * adapters whose credentials are configured, the outbox with its relay, and the router that turns new stories into
 * posts. Ingest and chat never call each other; they meet in the database (DESIGN.md).
 */
final class ChatServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatServices.class);
    /** The Telegram webhook path on the HTTP server. */
    static final String TELEGRAM_WEBHOOK_PATH = "/telegram/webhook";

    final BotText texts = new BotText();
    final ChatStore chats;
    final JdbcOutbox outbox;
    final JdbcChatQueries queries;
    final RoutingFeed feed;
    final ChatCommands commands;
    final DigestRouter router;
    private final BotContext ctx;
    private final List<ChatGateway> gateways = new ArrayList<>();
    private final List<AutoCloseable> running = new ArrayList<>();
    private BotHttpServer http;
    private OkHttpTelegramClient telegramClient;
    private TelegramGateway telegramGateway;
    private Slack slack;
    /** Shared by the Telegram and Slack clients; {@link #close()} releases its threads and pooled connections. */
    private final OkHttpClient sending;
    private SlackGateway slackGateway;
    private DeliveryRelay relay;
    /** Whether this process sends now: always alone; the elected sender's lease with several instances. */
    private DeliveryGate deliveryGate = DeliveryGate.ALWAYS;
    private Leadership leadership;
    /** {@code /healthz}: the database, the scheduler (added by {@code run}), each adapter. */
    final HealthCheck health = new HealthCheck(Duration.ofSeconds(3));
    private final java.util.Map<String, HealthCheck.Status> adapters = new java.util.concurrent.ConcurrentHashMap<>();

    ChatServices(BotContext ctx) {
        this(ctx, true);
    }

    /** @param platforms false for the console: no Telegram or Slack delivery from this process */
    ChatServices(BotContext ctx, boolean platforms) {
        this.ctx = ctx;
        BotConfig config = ctx.config;
        this.chats = new ChatStore(ctx.db.dataSource(), ctx.clock);
        this.outbox = new JdbcOutbox(ctx.db.dataSource());
        this.queries = new JdbcChatQueries(ctx.db, ctx.clock);
        this.feed = new RoutingFeed(ctx.db, ctx.clock);
        CommandPorts ports = new CommandPorts(chats, chats, queries, queries, queries,
                new ChatSourceAdmin(ctx.admin, ctx.registry, ctx.health), new ChatAuditLog(ctx.audit, ctx.clock));
        AdminPolicy admins = new AdminPolicy(new HashSet<>(config.admins().telegram()), new HashSet<>(config.admins().slack()));
        this.commands = new ChatCommands(ports, admins, UserRateLimiter.standard(ctx.clock), texts, ctx.clock,
                ctx.metrics.commandObserver());
        health.register("database", () -> ctx.db.ping() ? HealthCheck.Status.up(ctx.db.dialect().name().toLowerCase(
                java.util.Locale.ROOT)) : HealthCheck.Status.down("not reachable"));
        ctx.metrics.outbox(outbox::backlog);
        this.router = new DigestRouter(chats, outbox, texts, ctx.clock);
        this.sending = SendingHttpClient.standard();
        if (platforms && config.telegram().enabled()) {
            TelegramApi api = new TelegramApi(config.telegram().token().reveal(), config.telegram().apiUrl());
            telegramClient = new OkHttpTelegramClient(sending, api.token(), api.telegramUrl());
            telegramGateway = new TelegramGateway(telegramClient, new TelegramRenderer(), Duration.ofSeconds(30));
            gateways.add(telegramGateway);
        }
        if (platforms && config.telegram().enabled()) {
            config.admins().telegram().forEach(id -> ctx.adminNotices().addChat(
                    new ChatRef(dev.newsdigest.bot.chat.Platform.TELEGRAM, id, ChatKind.PRIVATE)));
        }
        if (platforms && config.slack().enabled()) {
            SlackApi api = slackApi(config);
            slack = SlackClients.slack(api, sending);
            slackGateway = new SlackGateway(slack, api.botToken(), new SlackRenderer());
            gateways.add(slackGateway);
        }
        if (platforms && config.slack().enabled()) {
            // A user id as the channel: the bot's direct message with that user.
            config.admins().slack().forEach(id -> ctx.adminNotices().addChat(
                    new ChatRef(dev.newsdigest.bot.chat.Platform.SLACK, id, ChatKind.PRIVATE)));
        }
    }

    private static SlackApi slackApi(BotConfig config) {
        var s = config.slack();
        return new SlackApi(s.botToken().reveal(), s.appToken().isSet() ? s.appToken().reveal() : null,
                s.signingSecret().isSet() ? s.signingSecret().reveal() : null, s.apiUrl());
    }

    /**
     * Several instances share the database: this one sends only while it holds the {@code delivery} lease (and
     * long-polls Telegram only while it holds {@code telegram-polling}). Call before {@link #start()}.
     *
     * <p>Why one elected sender rather than rate-limiter state in the database: Telegram's limits are per bot token
     * (30 messages a second overall, 1 a second per chat, 20 a minute per group), and one sender reaches that
     * ceiling on its own, so more senders would add no throughput, only a database round trip per message to share
     * the limiter's state and a race between instances on every slot. One sender keeps the exact in-memory limiter
     * and per-chat order (the claim already takes only a chat's oldest row); the lease with fencing tokens makes the
     * handover safe, and a dead sender is replaced within {@code delivery.leaderLease}.
     */
    void useLeadership(Leadership l) {
        this.leadership = l;
        LeaderRole role = l.role(DELIVERY_ROLE, longestChatSpacing(), LeaderRole.Listener.NONE);
        this.deliveryGate = role;
        ctx.metrics.leader(DELIVERY_ROLE, role::held);
    }

    static final String DELIVERY_ROLE = "delivery";
    static final String TELEGRAM_POLLING_ROLE = "telegram-polling";

    /**
     * A new sender waits this long before its first send: the previous one may have just posted to a chat, and the
     * new one's limiter does not know it (the longest spacing Telegram asks for is a group's 3 s).
     */
    private static Duration longestChatSpacing() {
        Duration max = Duration.ZERO;
        for (dev.newsdigest.bot.chat.Platform p : dev.newsdigest.bot.chat.Platform.values()) {
            PlatformLimits l = PlatformLimits.defaults(p);
            for (Duration d : List.of(l.privateSpacing(), l.groupSpacing())) {
                max = d.compareTo(max) > 0 ? d : max;
            }
        }
        return max;
    }

    /** Waits up to {@code max} (the new sender's quiet period) until this process may send; false if another sends. */
    boolean sendsNow(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (deliveryGate.fence().isEmpty()) {
            if (System.nanoTime() > deadline || (deliveryGate instanceof LeaderRole r && !r.held())) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Adds a gateway (the console's) before delivery starts. */
    void addGateway(ChatGateway g) {
        gateways.add(g);
    }

    List<ChatGateway> gateways() {
        return List.copyOf(gateways);
    }

    /** Routes new stories to instant chats and queues due batched digests; returns the rows queued. */
    int routeNow() {
        List<RoutableStory> fresh = feed.unrouted();
        int queued = router.routeNew(fresh);
        feed.markRouted(fresh);
        queued += router.queueDueDigests(queries::storiesBetween);
        return queued;
    }

    private synchronized DeliveryRelay relay() {
        if (relay == null) {
            relay = new DeliveryRelay(outbox, gateways, RateLimiter.withDefaults(), chats, RetryPolicy.standard(),
                    ctx.clock, 4, ctx.config.delivery().claimLease(), deliveryGate, ctx.metrics.deliveryEvents());
            relay.reportInDoubtTo(new InDoubtReporter(outbox, ctx.adminNotices(), texts, ctx.clock));
        }
        return relay;
    }

    /** Delivers what is due now (and what falls due within {@code max}): {@code run --once}. */
    void deliverNow(Duration max) {
        relay().drain(max);
    }

    /**
     * Starts delivering and receiving: the relay loop and periodic routing first (posts flow even if a platform is
     * unreachable at start), then the HTTP server ({@code /healthz}, webhooks, Slack events), Telegram (long
     * polling or webhook) and Slack (Socket Mode or HTTP). A platform that fails to start is logged and retried in
     * the background; it never stops the others.
     */
    void start() throws IOException {
        BotConfig config = ctx.config;
        startDelivery();
        http = new BotHttpServer("0.0.0.0", config.http().port(), 8);
        running.add(http);
        http.route("/healthz", new HealthEndpoint(health));
        http.route("/metrics", new MetricsEndpoint(ctx.metrics));
        if (telegramClient != null) {
            TelegramApi api = new TelegramApi(config.telegram().token().reveal(), config.telegram().apiUrl());
            TelegramUpdateHandler handler = new TelegramUpdateHandler(commands, telegramGateway, telegramClient, chats,
                    chats, null);
            TelegramBot bot = new TelegramBot(api, telegramClient, handler, texts);
            running.add(bot);
            if (config.telegram().webhook()) {
                http.route(TELEGRAM_WEBHOOK_PATH, new TelegramWebhook(config.telegram().webhookSecret().reveal(), handler,
                        new ObjectMapper()));
            }
            if (config.telegram().webhook()) {
                // Behind a load balancer every instance answers webhooks; update_id dedup is in the database (I4).
                retryUntilStarted("Telegram", () -> {
                    bot.introduce();
                    bot.startWebhook(config.telegram().webhookUrl().toString(), config.telegram().webhookSecret().reveal());
                });
            } else if (leadership != null) {
                // getUpdates serves one consumer per bot ("Conflict: terminated by other getUpdates request"): only
                // the instance holding the telegram-polling lease polls; the others stand by.
                adapters.put("telegram", HealthCheck.Status.up("standby: another instance long-polls"));
                LeaderRole role = leadership.role(TELEGRAM_POLLING_ROLE, Duration.ZERO, new TelegramPollingRole(bot));
                ctx.metrics.leader(TELEGRAM_POLLING_ROLE, role::held);
            } else {
                retryUntilStarted("Telegram", () -> {
                    bot.introduce();
                    bot.startLongPolling();
                });
            }
            health.register("telegram", () -> adapters.getOrDefault("telegram", HealthCheck.Status.down("starting")));
        }
        if (slack != null) {
            SlackApi api = slackApi(config);
            SlackBot bot = new SlackBot(api, slack, commands, slackGateway, chats);
            running.add(bot);
            if (api.socketMode()) {
                // Slack allows several Socket Mode connections per app and hands each event to one of them.
                retryUntilStarted("Slack Socket Mode", bot::startSocketMode);
            } else {
                http.route("/slack/events", new SlackEventsEndpoint(bot.app(), new SlackSignature(api.signingSecret(),
                        ctx.clock)));
                adapters.put("slack", HealthCheck.Status.up("HTTP mode: events at /slack/events"));
            }
            health.register("slack", () -> adapters.getOrDefault("slack", HealthCheck.Status.down("starting")));
        }
        startHttp(http);
    }

    /** The HTTP server's port once started (useful with {@code http.port: 0}). */
    int httpPort() {
        return http.port();
    }

    private interface Starter {
        void start() throws Exception;
    }

    /** Runs {@code starter} now; if it fails (platform unreachable), again every 30 s on a daemon thread. */
    private void retryUntilStarted(String what, Starter starter) {
        String adapter = what.toLowerCase(java.util.Locale.ROOT).split(" ")[0];
        try {
            starter.start();
            adapters.put(adapter, HealthCheck.Status.up(what + " started"));
            return;
        } catch (Exception e) {
            log.error("{} did not start ({}); retrying every 30 s", what, e.toString());
            adapters.put(adapter, HealthCheck.Status.down(what + " not started: " + e.getClass().getSimpleName()));
        }
        ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "start-" + what.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            t.setDaemon(true);
            return t;
        });
        running.add(retry::shutdownNow);
        retry.schedule(new Runnable() {
            @Override
            public void run() {
                try {
                    starter.start();
                    adapters.put(adapter, HealthCheck.Status.up(what + " started"));
                    log.info("{} started", what);
                } catch (Exception e) {
                    log.warn("{} still not started ({}); retrying in 30 s", what, e.toString());
                    retry.schedule(this, 30, TimeUnit.SECONDS);
                }
            }
        }, 30, TimeUnit.SECONDS);
    }

    private static void startHttp(BotHttpServer http) throws IOException {
        http.start();
    }

    /** The relay loop, periodic routing and the known-people refresher (the console uses this without the HTTP side). */
    void startDelivery() {
        relay().start(Duration.ofMillis(500));
        health.register("delivery", () -> HealthCheck.Status.up(deliveryGate.fence().isPresent() ? "sending"
                : "standby: another instance sends"));
        ScheduledExecutorService routing = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chat-routing");
            t.setDaemon(true);
            return t;
        });
        routing.scheduleWithFixedDelay(() -> {
            try {
                if (deliveryGate.fence().isEmpty()) {
                    return; // the sender instance routes: one router, so batched digests are queued once
                }
                routeNow();
                chats.pruneProcessedUpdates();
            } catch (RuntimeException e) {
                log.error("routing new stories failed; retrying in {} s", ctx.config.delivery().routeEvery().toSeconds(), e);
            }
        }, 0, ctx.config.delivery().routeEvery().toMillis(), TimeUnit.MILLISECONDS);
        running.add(routing::shutdownNow);
        running.add(queries.startRefreshing(JdbcChatQueries.PEOPLE_REFRESH));
    }

    /** Long-polls Telegram while this instance holds the telegram-polling lease. */
    private final class TelegramPollingRole implements LeaderRole.Listener {
        private final TelegramBot bot;

        TelegramPollingRole(TelegramBot bot) {
            this.bot = bot;
        }

        @Override
        public void acquired() {
            try {
                if (bot.username() == null) {
                    bot.introduce();
                }
                bot.startLongPolling();
                adapters.put("telegram", HealthCheck.Status.up("long polling"));
            } catch (Exception e) {
                // Retried at the next renewal (a third of the lease later).
                log.error("Telegram long polling did not start ({}); retrying", e.toString());
                adapters.put("telegram", HealthCheck.Status.down("long polling not started: " + e.getClass().getSimpleName()));
            }
        }

        @Override
        public void renewed() {
            if (!bot.polling()) {
                acquired();
            }
        }

        @Override
        public void lost() {
            bot.stopLongPolling();
            adapters.put("telegram", HealthCheck.Status.up("standby: another instance long-polls"));
        }
    }

    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                log.warn("stopping {}: {}", running.get(i), e.toString());
            }
        }
        if (relay != null) {
            relay.close();
        }
        releaseSendingClient();
    }

    /**
     * Closes the sending client's idle keep-alive connections now rather than after OkHttp's five minutes: once per
     * process that is harmless, for every {@code run --once} of a long-lived JVM it adds up (RELIABILITY L3). Only
     * idle ones: a late reply of a stopping long-polling session still gets through. For the same reason the
     * dispatcher is not shut down (its threads end on their own, see {@link SendingHttpClient}), and neither is the
     * Slack client, whose {@code close()} would shut down this shared dispatcher.
     */
    private void releaseSendingClient() {
        sending.connectionPool().evictAll();
    }
}
