package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.Span;
import dev.newsdigest.bot.chat.port.PeopleQueries.PersonMatch;
import dev.newsdigest.bot.chat.port.QuoteQueries.QuoteView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /quotes NAME [N]}: the person's most recent N quotes (default 5), newest first, each with the date, the
 * source and a link. Several plausible people give a choice list; nobody gives "no quotes of X yet" and the nearest
 * names. The typed name is echoed as plain text (renderers escape it: R7).
 */
final class QuotesCommand implements CommandHandler {

    static final int DEFAULT_COUNT = 5;
    static final int MAX_COUNT = 20;
    /** Longest name we try to resolve. */
    static final int MAX_NAME = 100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    @Override
    public List<String> names() {
        return List.of("quotes");
    }

    @Override
    public List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command) {
        List<String> args = command.args();
        if (args.isEmpty()) {
            throw new UsageException();
        }
        int count = DEFAULT_COUNT;
        String name = command.argText();
        String last = args.get(args.size() - 1);
        if (args.size() > 1 && last.chars().allMatch(Character::isDigit)) {
            count = parseCount(last);
            name = name.substring(0, name.length() - last.length()).strip();
        }
        if (name.length() > MAX_NAME) {
            throw new UsageException();
        }
        PersonResolver.Resolution r = new PersonResolver(ctx.ports().people()).resolve(name);
        if (r instanceof PersonResolver.Resolution.Several several) {
            final int n = count;
            List<Choice> choices = several.candidates().stream()
                    .map(m -> new Choice(m.name(), "/quotes " + PersonResolver.KEY_PREFIX + m.key() + " " + n))
                    .toList();
            return List.of(OutgoingMessage.text(ctx.t("people.which", name)).withChoices(choices));
        }
        if (r instanceof PersonResolver.Resolution.None none) {
            return List.of(noQuotes(ctx, name, none.nearest()));
        }
        PersonMatch person = ((PersonResolver.Resolution.One) r).person();
        List<QuoteView> quotes = ctx.ports().quotes().recentQuotes(person.key(), count);
        if (quotes.isEmpty()) {
            return List.of(noQuotes(ctx, person.name(), List.of()));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(Span.bold(ctx.t("quotes.title", person.name(), quotes.size()))));
        for (QuoteView q : quotes) {
            blocks.add(new Block.Quotation(q.text(), q.speaker(), q.reported() ? ctx.t("quote.paraphrase") : null));
            blocks.add(meta(ctx, q));
        }
        return List.of(new OutgoingMessage(blocks, List.of()));
    }

    private static int parseCount(String digits) {
        try {
            int n = Integer.parseInt(digits);
            if (n < 1) {
                throw new UsageException();
            }
            return Math.min(n, MAX_COUNT);
        } catch (NumberFormatException e) {
            return MAX_COUNT; // a huge number: the user wants many
        }
    }

    private static Block meta(CommandContext ctx, QuoteView q) {
        List<Span> spans = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        if (q.published() != null) {
            head.append(DATE.format(q.published().atZone(ctx.settings().zone())));
        }
        if (q.source() != null && !q.source().isBlank()) {
            head.append(head.isEmpty() ? "" : " · ").append(q.source());
        }
        spans.add(Span.plain(head.toString()));
        if (q.url() != null) {
            spans.add(Span.plain(head.isEmpty() ? "" : " · "));
            String label = q.headline() == null || q.headline().isBlank() ? ctx.t("quotes.link") : q.headline();
            spans.add(new Span.Link(label, q.url()));
        }
        return new Block.Context(spans);
    }

    private static OutgoingMessage noQuotes(CommandContext ctx, String name, List<PersonMatch> nearest) {
        if (nearest.isEmpty()) {
            return OutgoingMessage.text(ctx.t("quotes.none", name));
        }
        List<Choice> choices = nearest.stream()
                .map(m -> new Choice(m.name(), "/quotes " + PersonResolver.KEY_PREFIX + m.key()))
                .toList();
        String names = String.join(", ", nearest.stream().map(PersonMatch::name).toList());
        return OutgoingMessage.text(ctx.t("quotes.noneNearest", name, names)).withChoices(choices);
    }
}
