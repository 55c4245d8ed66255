package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.Span;
import dev.newsdigest.bot.chat.port.PeopleQueries.PersonCount;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code /people [today | week]}: who is in the news, with the number of articles mentioning them. */
final class PeopleCommand implements CommandHandler {

    static final int MAX_PEOPLE = 15;

    @Override
    public List<String> names() {
        return List.of("people");
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        if (command.args().size() > 1) {
            throw new UsageException();
        }
        String period = command.args().isEmpty() ? "today" : command.args().get(0).toLowerCase(Locale.ROOT);
        Instant now = ctx.clock().instant();
        Instant since = switch (period) {
            case "today" -> LocalDate.ofInstant(now, ctx.settings().zone()).atStartOfDay(ctx.settings().zone()).toInstant();
            case "week" -> now.minus(Duration.ofDays(7));
            default -> throw new UsageException();
        };
        List<PersonCount> people = ctx.ports().people().inTheNews(since, MAX_PEOPLE);
        if (people.isEmpty()) {
            return List.of(OutgoingMessage.text(ctx.t("people.empty." + period)));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(Span.bold(ctx.t("people.title." + period))));
        int i = 1;
        for (PersonCount p : people) {
            blocks.add(Block.text(ctx.t("people.line", i++, p.name(), p.articles())));
        }
        return List.of(new OutgoingMessage(blocks, List.of()));
    }
}
