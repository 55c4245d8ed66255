package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.Span;
import java.util.ArrayList;
import java.util.List;

/** {@code /start} and {@code /help}: what the bot does and every command with an example. */
final class HelpCommand implements CommandHandler {

    /** Commands in the order {@code /help} lists them; each has {@code help.<name>} in the text bundles. */
    static final List<String> USER_COMMANDS = List.of(
            "subscribe", "unsubscribe", "subscriptions", "digest", "quotes", "people", "sources", "settings");
    static final List<String> ADMIN_COMMANDS = List.of(
            "addsource", "removesource", "pausesource", "resumesource", "setsource");

    @Override
    public List<String> names() {
        return List.of("start", "help");
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text(ctx.t("help.intro")));
        for (String name : USER_COMMANDS) {
            blocks.add(line(ctx, name));
        }
        if (ctx.admin()) {
            blocks.add(Block.paragraph(Span.bold(ctx.t("help.admin"))));
            for (String name : ADMIN_COMMANDS) {
                blocks.add(line(ctx, name));
            }
        }
        return List.of(new OutgoingMessage(blocks, List.of()));
    }

    private static Block line(CommandContext ctx, String name) {
        return Block.paragraph(new Span.Code(ctx.t("usage." + name)), Span.plain(" — " + ctx.t("help." + name)));
    }
}
