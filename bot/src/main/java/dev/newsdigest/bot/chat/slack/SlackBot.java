package dev.newsdigest.bot.chat.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.Responder;
import com.slack.api.model.event.AppMentionEvent;
import dev.newsdigest.bot.chat.ChatGateway;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.UpdateDeduplicator;
import dev.newsdigest.bot.chat.UserRef;
import dev.newsdigest.bot.chat.command.ChatCommands;
import dev.newsdigest.bot.chat.command.CommandParser;
import dev.newsdigest.bot.chat.command.IncomingCommand;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of a running bot, on Bolt for Java. Slash commands: {@code /news <command> ...} for everything,
 * plus {@code /quotes}, {@code /digest} and {@code /subscribe} directly. Mentions ({@code @bot quotes Peskov}) and
 * choice buttons run commands too. Slack wants an acknowledgement within 3 seconds
 * (https://api.slack.com/interactivity/slash-commands#responding_basic_receipt), so handlers acknowledge at once and
 * answer on a worker through {@code response_url} (I3).
 */
public final class SlackBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    /** The slash commands the app manifest declares. */
    public static final List<String> SLASH_COMMANDS = List.of("/news", "/quotes", "/digest", "/subscribe");
    private static final Pattern MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+>\\s*");

    private final SlackApi api;
    private final Slack slack;
    private final ChatCommands commands;
    private final ChatGateway gateway;
    private final UpdateDeduplicator dedup;
    private final SlackRenderer renderer = new SlackRenderer();
    private final CommandParser parser = new CommandParser(null);
    private final ExecutorService workers;
    private final App app;
    private SocketModeApp socketMode;

    public SlackBot(SlackApi api, Slack slack, ChatCommands commands, ChatGateway gateway, UpdateDeduplicator dedup) {
        this.api = api;
        this.slack = slack;
        this.commands = commands;
        this.gateway = gateway;
        this.dedup = dedup;
        this.workers = new ThreadPoolExecutor(2, 4, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000),
                r -> {
                    Thread t = new Thread(r, "slack-command");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.DiscardOldestPolicy());
        AppConfig.AppConfigBuilder config = AppConfig.builder().slack(slack).singleTeamBotToken(api.botToken());
        if (api.signingSecret() != null) {
            config.signingSecret(api.signingSecret());
        }
        this.app = new App(config.build());
        register();
    }

    /** Bolt's app, for {@link SlackEventsEndpoint} in HTTP mode. */
    public App app() {
        return app;
    }

    private void register() {
        for (String slash : SLASH_COMMANDS) {
            app.command(slash, (req, ctx) -> {
                SlashCommandPayload p = req.getPayload();
                String text = commandText(p.getCommand(), p.getText());
                ChatRef chat = chatRef(p.getChannelId(), p.getChannelName());
                UserRef user = new UserRef(Platform.SLACK, p.getUserId(), p.getUserName());
                answerLater(new IncomingCommand(chat, user, text), p.getResponseUrl());
                return ctx.ack();
            });
        }
        app.blockAction(Pattern.compile(Pattern.quote(SlackRenderer.CHOICE_ACTION) + "\\d+"), (req, ctx) -> {
            var p = req.getPayload();
            if (p.getActions() == null || p.getActions().isEmpty() || p.getChannel() == null) {
                return ctx.ack();
            }
            ChatRef chat = chatRef(p.getChannel().getId(), p.getChannel().getName());
            UserRef user = new UserRef(Platform.SLACK, p.getUser().getId(), p.getUser().getName());
            answerLater(new IncomingCommand(chat, user, p.getActions().get(0).getValue()), p.getResponseUrl());
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            if (payload.getEventId() != null && !dedup.firstSeen(Platform.SLACK, payload.getEventId())) {
                return ctx.ack();
            }
            String text = "/" + MENTION.matcher(e.getText() == null ? "" : e.getText()).replaceFirst("").strip();
            ChatRef chat = new ChatRef(Platform.SLACK, e.getChannel(), ChatKind.GROUP);
            UserRef user = new UserRef(Platform.SLACK, e.getUser(), e.getUsername());
            workers.submit(() -> postReplies(chat, commands.handle(new IncomingCommand(chat, user, text), parser)));
            return ctx.ack();
        });
    }

    /** {@code /news quotes Peskov} → {@code /quotes Peskov}; {@code /quotes Peskov} stays; bare {@code /news} → help. */
    static String commandText(String slash, String text) {
        String t = text == null ? "" : text.strip();
        if ("/news".equals(slash)) {
            if (t.isEmpty()) {
                return "/help";
            }
            return t.startsWith("/") ? t : "/" + t;
        }
        return t.isEmpty() ? slash : slash + " " + t;
    }

    static ChatRef chatRef(String channelId, String channelName) {
        ChatKind kind = "directmessage".equals(channelName) || (channelId != null && channelId.startsWith("D"))
                ? ChatKind.PRIVATE : ChatKind.GROUP;
        return new ChatRef(Platform.SLACK, channelId, kind);
    }

    private void answerLater(IncomingCommand in, String responseUrl) {
        workers.submit(() -> {
            try {
                List<OutgoingMessage> replies = commands.handle(in, parser);
                Responder responder = new Responder(slack, responseUrl);
                for (OutgoingMessage reply : replies) {
                    for (SlackPost post : renderer.render(reply)) {
                        responder.sendToCommand(r -> r.responseType("ephemeral").text(post.text()).blocks(post.blocks()));
                    }
                }
            } catch (Exception e) {
                log.error("answering {} in {} failed", in.text().split(" ")[0], in.chat(), e);
            }
        });
    }

    private void postReplies(ChatRef chat, List<OutgoingMessage> replies) {
        for (OutgoingMessage reply : replies) {
            SendResult r = gateway.send(chat, reply);
            if (!(r instanceof SendResult.Sent)) {
                log.warn("reply to {} not delivered: {}", chat, r);
            }
        }
    }

    /** Opens the Socket Mode connection (when {@code slack.appToken} is set). */
    public void startSocketMode() throws Exception {
        socketMode = new SocketModeApp(api.appToken(), app);
        socketMode.startAsync();
        log.info("Slack Socket Mode connected");
    }

    @Override
    public void close() {
        workers.shutdown(); // let answers in progress reach their response_url
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (socketMode != null) {
            try {
                socketMode.close();
            } catch (Exception e) {
                log.warn("closing Socket Mode: {}", e.toString());
            }
        }
    }
}
