package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.Subscription;
import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.Span;
import java.util.ArrayList;
import java.util.List;

/** {@code /subscriptions}: what this chat follows. */
final class SubscriptionsCommand implements CommandHandler {

    @Override
    public List<String> names() {
        return List.of("subscriptions");
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        if (!command.args().isEmpty()) {
            throw new UsageException();
        }
        List<Subscription> subs = ctx.ports().subscriptions().list(ctx.chat());
        if (subs.isEmpty()) {
            return List.of(OutgoingMessage.text(ctx.t("subs.none")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(Span.bold(ctx.t("subs.title", subs.size()))));
        for (Subscription s : subs) {
            blocks.add(Block.text("• " + SubscriptionArgs.describe(ctx, s)));
        }
        return List.of(new OutgoingMessage(blocks, List.of()));
    }
}
