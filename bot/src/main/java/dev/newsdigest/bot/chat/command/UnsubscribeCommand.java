package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.util.List;

/**
 * {@code /unsubscribe [all | source ID | person NAME | keyword WORD]}. Without arguments, or with {@code all},
 * it stops everything: that is what people mean by "unsubscribe all".
 */
final class UnsubscribeCommand implements CommandHandler {

    @Override
    public List<String> names() {
        return List.of("unsubscribe");
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        if (command.args().isEmpty() || (command.args().size() == 1 && command.args().get(0).equalsIgnoreCase("all"))) {
            int n = ctx.ports().subscriptions().removeAll(ctx.chat());
            return List.of(OutgoingMessage.text(ctx.t(n == 0 ? "subs.none" : "subs.removedAll", n)));
        }
        SubscriptionArgs.Parsed parsed = SubscriptionArgs.parse(ctx, command);
        if (parsed.subscription().isEmpty()) {
            return parsed.reply();
        }
        Subscription s = parsed.subscription().get();
        boolean removed = ctx.ports().subscriptions().remove(ctx.chat(), s);
        String what = SubscriptionArgs.describe(ctx, s);
        return List.of(OutgoingMessage.text(ctx.t(removed ? "subs.removed" : "subs.notFollowing", what)));
    }
}
