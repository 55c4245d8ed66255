package dev.newsdigest.bot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatGateway;
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
import dev.newsdigest.bot.delivery.DeliveryRelay;
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
    /** How often new stories are routed and due digests queued while running. */
    static final Duration ROUTE_EVERY = Duration.ofSeconds(10);
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
    private SlackGateway slackGateway;
    private DeliveryRelay relay;

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
        this.commands = new ChatCommands(ports, admins, UserRateLimiter.standard(ctx.clock), texts, ctx.clock);
        this.router = new DigestRouter(chats, outbox, texts, ctx.clock);
        OkHttpClient sending = SendingHttpClient.standard();
        if (platforms && config.telegram().enabled()) {
            TelegramApi api = new TelegramApi(config.telegram().token().reveal(), config.telegram().apiUrl());
            telegramClient = new OkHttpTelegramClient(sending, api.token(), api.telegramUrl());
            telegramGateway = new TelegramGateway(telegramClient, new TelegramRenderer(), Duration.ofSeconds(30));
            gateways.add(telegramGateway);
        }
        if (platforms && config.slack().enabled()) {
            SlackApi api = slackApi(config);
            slack = SlackClients.slack(api, sending);
            slackGateway = new SlackGateway(slack, api.botToken(), new SlackRenderer());
            gateways.add(slackGateway);
        }
    }

    private static SlackApi slackApi(BotConfig config) {
        var s = config.slack();
        return new SlackApi(s.botToken().reveal(), s.appToken().isSet() ? s.appToken().reveal() : null,
                s.signingSecret().isSet() ? s.signingSecret().reveal() : null, s.apiUrl());
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
                    ctx.clock, 4);
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
            retryUntilStarted("Telegram", () -> {
                bot.introduce();
                if (config.telegram().webhook()) {
                    bot.startWebhook(config.telegram().webhookUrl().toString(), config.telegram().webhookSecret().reveal());
                } else {
                    bot.startLongPolling();
                }
            });
        }
        if (slack != null) {
            SlackApi api = slackApi(config);
            SlackBot bot = new SlackBot(api, slack, commands, slackGateway, chats);
            running.add(bot);
            if (api.socketMode()) {
                retryUntilStarted("Slack Socket Mode", bot::startSocketMode);
            } else {
                http.route("/slack/events", new SlackEventsEndpoint(bot.app(), new SlackSignature(api.signingSecret(),
                        ctx.clock)));
            }
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
        try {
            starter.start();
            return;
        } catch (Exception e) {
            log.error("{} did not start ({}); retrying every 30 s", what, e.toString());
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
        ScheduledExecutorService routing = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chat-routing");
            t.setDaemon(true);
            return t;
        });
        routing.scheduleWithFixedDelay(() -> {
            try {
                routeNow();
                chats.pruneProcessedUpdates();
            } catch (RuntimeException e) {
                log.error("routing new stories failed; retrying in {} s", ROUTE_EVERY.toSeconds(), e);
            }
        }, 0, ROUTE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        running.add(routing::shutdownNow);
        running.add(queries.startRefreshing(JdbcChatQueries.PEOPLE_REFRESH));
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
    }
}
