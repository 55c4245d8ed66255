package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatSettings;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command layer: one implementation shared by the Telegram, Slack and console adapters. It parses the text,
 * applies the per-user rate limit (I7) and the admin rule (I5, with an audit entry for every refused attempt),
 * runs the handler, and turns bad arguments into a one-line usage hint and failures into a short apology: a user
 * never sees a stack trace.
 */
public final class ChatCommands {

    private static final Logger log = LoggerFactory.getLogger(ChatCommands.class);

    private final CommandPorts ports;
    private final AdminPolicy admins;
    private final UserRateLimiter limiter;
    private final BotText texts;
    private final Clock clock;
    private final Map<String, CommandHandler> handlers = new HashMap<>();
    private final CommandObserver observer;

    public ChatCommands(CommandPorts ports, AdminPolicy admins, UserRateLimiter limiter, BotText texts, Clock clock) {
        this(ports, admins, limiter, texts, clock, CommandObserver.NONE);
    }

    public ChatCommands(CommandPorts ports, AdminPolicy admins, UserRateLimiter limiter, BotText texts, Clock clock,
                        CommandObserver observer) {
        this.observer = observer;
        this.ports = ports;
        this.admins = admins;
        this.limiter = limiter;
        this.texts = texts;
        this.clock = clock;
        for (CommandHandler h : List.of(new HelpCommand(), new SubscribeCommand(), new UnsubscribeCommand(),
                new SubscriptionsCommand(), new DigestCommand(), new QuotesCommand(), new PeopleCommand(),
                new SourcesCommand(), new SettingsCommand(), new SourceAdminCommand())) {
            for (String name : h.names()) {
                handlers.put(name, h);
            }
        }
    }

    /** Names of every command, for the platforms' command menus ({@code setMyCommands}, the Slack manifest). */
    public static List<String> userCommandNames() {
        return HelpCommand.USER_COMMANDS;
    }

    /**
     * Answers one message. Returns the replies to post in the same chat, possibly none (not a command, a command
     * for another bot, or a user over the rate limit who was already warned).
     *
     * @param parser the adapter's parser (it knows the bot's username)
     */
    public List<OutgoingMessage> handle(IncomingCommand in, CommandParser parser) {
        Optional<ParsedCommand> parsed = parser.parse(in.text());
        if (parsed.isEmpty()) {
            return List.of();
        }
        ParsedCommand command = parsed.get();
        ChatSettings settings;
        try {
            settings = ports.settings().get(in.chat());
        } catch (RuntimeException e) {
            log.warn("settings of {} unavailable, using defaults: {}", in.chat(), e.toString());
            settings = ChatSettings.defaults();
        }
        boolean admin = admins.isAdmin(in.user());
        CommandContext ctx = new CommandContext(in.chat(), in.user(), admin, settings, ports, texts, clock);

        // The console's operator is at the keyboard of the machine itself: no platform limit to protect.
        UserRateLimiter.Verdict verdict = in.user().platform() == dev.newsdigest.bot.chat.Platform.CONSOLE
                ? UserRateLimiter.Verdict.ALLOW : limiter.check(in.user());
        switch (verdict) {
            case DROP:
                return List.of();
            case WARN:
                return List.of(OutgoingMessage.text(ctx.t("error.slowDown")));
            default:
                break;
        }
        CommandHandler handler = handlers.get(command.name());
        if (handler == null) {
            return List.of(OutgoingMessage.text(ctx.t("error.unknown", "/" + command.name())));
        }
        long started = System.nanoTime();
        if (handler.adminOnly() && !admin) {
            audit(ctx, command, false);
            observe(command, in, started, "refused");
            return List.of(OutgoingMessage.text(ctx.t("error.notAdmin")));
        }
        try {
            // Allowed admin changes are audit-logged by SourceAdmin itself, with the outcome of the validation.
            List<OutgoingMessage> replies = handler.handle(ctx, command);
            observe(command, in, started, "ok");
            return replies;
        } catch (UsageException e) {
            observe(command, in, started, "usage");
            return List.of(OutgoingMessage.text(ctx.t("error.usage", ctx.t("usage." + command.name()))));
        } catch (RuntimeException e) {
            log.error("command /{} in {} failed", command.name(), in.chat(), e);
            observe(command, in, started, "error");
            return List.of(OutgoingMessage.text(ctx.t("error.internal")));
        }
    }

    private void observe(ParsedCommand command, IncomingCommand in, long startedNanos, String outcome) {
        try {
            observer.handled(command.name(), in.chat().platform(), java.time.Duration.ofNanos(System.nanoTime() - startedNanos),
                    outcome);
        } catch (RuntimeException e) {
            log.debug("command observer failed", e);
        }
    }

    /** Records a refused admin attempt (RELIABILITY.md I5); a failing audit log never hides the refusal. */
    private void audit(CommandContext ctx, ParsedCommand command, boolean allowed) {
        try {
            ports.audit().record(ctx.actor(), "/" + command.name(), command.argText(), allowed);
        } catch (RuntimeException e) {
            log.error("audit log unavailable; attempt by {} of /{} not recorded", ctx.actor(), command.name(), e);
        }
    }
}
