package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.Posts;
import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.port.StoryView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code /digest [now | today]}: the latest stories for this chat's subscriptions (all sources when it follows
 * nothing yet). {@code now} is the last 24 hours, {@code today} since midnight in the chat's time zone.
 */
final class DigestCommand implements CommandHandler {

    /** Stories in one on-demand digest. */
    static final int MAX_STORIES = 10;

    @Override
    public List<String> names() {
        return List.of("digest");
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        if (command.args().size() > 1) {
            throw new UsageException();
        }
        String when = command.args().isEmpty() ? "now" : command.args().get(0).toLowerCase(Locale.ROOT);
        Instant now = ctx.clock().instant();
        Instant since = switch (when) {
            case "now" -> now.minus(Duration.ofHours(24));
            case "today" -> LocalDate.ofInstant(now, ctx.settings().zone()).atStartOfDay(ctx.settings().zone()).toInstant();
            default -> throw new UsageException();
        };
        List<Subscription> subs = ctx.ports().subscriptions().list(ctx.chat());
        boolean followsNothing = subs.isEmpty();
        List<StoryView> stories = ctx.ports().digests().stories(followsNothing ? List.of(Subscription.all()) : subs,
                since, MAX_STORIES);
        if (stories.isEmpty()) {
            return List.of(OutgoingMessage.text(ctx.t(followsNothing ? "digest.emptyAll" : "digest.empty")));
        }
        String title = ctx.t("digest.title." + when, stories.size());
        OutgoingMessage digest = new Posts(ctx.texts()).batch(title, stories, ctx.language());
        if (followsNothing) {
            return List.of(digest, OutgoingMessage.text(ctx.t("digest.hintSubscribe")));
        }
        return List.of(digest);
    }
}
