package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.util.List;

/** {@code /subscribe [all | source ID | person NAME | keyword WORD]}. */
final class SubscribeCommand implements CommandHandler {

    @Override
    public List<String> names() {
        return List.of("subscribe");
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        SubscriptionArgs.Parsed parsed = SubscriptionArgs.parse(ctx, command);
        if (parsed.subscription().isEmpty()) {
            return parsed.reply();
        }
        Subscription s = parsed.subscription().get();
        boolean added = ctx.ports().subscriptions().add(ctx.chat(), s);
        String what = SubscriptionArgs.describe(ctx, s);
        return List.of(OutgoingMessage.text(ctx.t(added ? "subs.added" : "subs.already", what)));
    }
}
