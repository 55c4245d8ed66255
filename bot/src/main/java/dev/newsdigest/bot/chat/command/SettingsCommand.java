package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.ChatSettings;
import dev.newsdigest.bot.chat.ChatSettings.DeliveryMode;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /settings}: shows this chat's settings with buttons; {@code /settings instant | hourly},
 * {@code /settings daily HH:MM [ZONE]}, {@code /settings zone ZONE}, {@code /settings language en|ru|uk} change them.
 */
final class SettingsCommand implements CommandHandler {

    @Override
    public List<String> names() {
        return List.of("settings");
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        List<String> args = command.args();
        ChatSettings current = ctx.settings();
        if (args.isEmpty()) {
            return List.of(show(ctx, current));
        }
        String what = args.get(0).toLowerCase(Locale.ROOT);
        ChatSettings updated = switch (what) {
            case "instant" -> noMoreArgs(args, 1, current.withMode(DeliveryMode.INSTANT));
            case "hourly" -> noMoreArgs(args, 1, current.withMode(DeliveryMode.HOURLY));
            case "daily" -> daily(args, current);
            case "zone" -> {
                if (args.size() != 2) {
                    throw new UsageException();
                }
                yield new ChatSettings(current.mode(), current.dailyAt(), zone(args.get(1)), current.language());
            }
            case "language", "lang" -> {
                if (args.size() != 2) {
                    throw new UsageException();
                }
                yield current.withLanguage(BotLanguage.fromCode(args.get(1)).orElseThrow(UsageException::new));
            }
            default -> throw new UsageException();
        };
        ctx.ports().settings().put(ctx.chat(), updated);
        // Answer in the new language: a user who just picked Russian should read Russian.
        String summary = describe(ctx.texts().get(updated.language(), "settings.saved"), ctx, updated);
        return List.of(OutgoingMessage.text(summary));
    }

    private static ChatSettings noMoreArgs(List<String> args, int n, ChatSettings s) {
        if (args.size() != n) {
            throw new UsageException();
        }
        return s;
    }

    private static ChatSettings daily(List<String> args, ChatSettings current) {
        if (args.size() < 2 || args.size() > 3) {
            throw new UsageException();
        }
        LocalTime at;
        try {
            at = LocalTime.parse(args.get(1).length() == 4 ? "0" + args.get(1) : args.get(1));
        } catch (DateTimeParseException e) {
            throw new UsageException();
        }
        ZoneId z = args.size() == 3 ? zone(args.get(2)) : current.zone();
        return current.withDaily(at, z);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new UsageException();
        }
    }

    private static OutgoingMessage show(CommandContext ctx, ChatSettings s) {
        List<Choice> choices = List.of(
                new Choice(ctx.t("settings.choice.instant"), "/settings instant"),
                new Choice(ctx.t("settings.choice.hourly"), "/settings hourly"),
                new Choice(ctx.t("settings.choice.daily"), "/settings daily 08:00"),
                new Choice("English", "/settings language en"),
                new Choice("Русский", "/settings language ru"),
                new Choice("Українська", "/settings language uk"));
        return OutgoingMessage.text(describe(ctx.t("settings.current"), ctx, s), ctx.t("settings.help"))
                .withChoices(choices);
    }

    private static String describe(String heading, CommandContext ctx, ChatSettings s) {
        BotLanguage l = s.language();
        String mode = switch (s.mode()) {
            case INSTANT -> ctx.texts().get(l, "settings.mode.instant");
            case HOURLY -> ctx.texts().get(l, "settings.mode.hourly");
            case DAILY -> ctx.texts().get(l, "settings.mode.daily", s.dailyAt().toString(), s.zone().getId());
        };
        return heading + " " + ctx.texts().get(l, "settings.summary", mode, s.zone().getId(),
                ctx.texts().get(l, "language.name"));
    }
}
