package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.Span;
import dev.newsdigest.bot.chat.port.SourceView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** {@code /sources}: every source with its id (for {@code /subscribe source ID}) and health. */
final class SourcesCommand implements CommandHandler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public List<String> names() {
        return List.of("sources");
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        if (!command.args().isEmpty()) {
            throw new UsageException();
        }
        List<SourceView> sources = ctx.ports().sources().list();
        if (sources.isEmpty()) {
            return List.of(OutgoingMessage.text(ctx.t("sources.empty")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(Span.bold(ctx.t("sources.title", sources.size()))));
        for (SourceView s : sources) {
            blocks.add(Block.paragraph(new Span.Code(s.id()), Span.plain(" "), new Span.Link(s.name(), s.url()),
                    Span.plain(" — " + health(ctx, s))));
        }
        return List.of(new OutgoingMessage(blocks, List.of()));
    }

    private static String health(CommandContext ctx, SourceView s) {
        if (!s.enabled()) {
            return ctx.t("sources.paused");
        }
        if (s.failuresInRow() > 0) {
            return ctx.t("sources.failing", s.failuresInRow(), s.lastError() == null ? "?" : s.lastError());
        }
        if (s.lastSuccess() == null) {
            return ctx.t("sources.notYet");
        }
        return ctx.t("sources.ok", WHEN.format(s.lastSuccess().atZone(ctx.settings().zone())));
    }
}
