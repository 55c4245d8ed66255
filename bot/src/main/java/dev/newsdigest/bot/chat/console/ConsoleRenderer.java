package dev.newsdigest.bot.chat.console;

import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.SafeUrl;
import dev.newsdigest.bot.chat.message.Span;
import java.util.List;

/**
 * Plain-text rendering for the terminal: links as {@code text <url>}, quotes in «», choices as numbered lines the
 * user can answer with the number.
 */
public final class ConsoleRenderer {

    public String render(OutgoingMessage message) {
        StringBuilder sb = new StringBuilder();
        for (Block b : message.blocks()) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(block(b));
        }
        List<Choice> choices = message.choices();
        for (int i = 0; i < choices.size(); i++) {
            sb.append('\n').append("  [").append(i + 1).append("] ").append(choices.get(i).label());
        }
        return sb.toString();
    }

    private static String block(Block b) {
        if (b instanceof Block.Paragraph p) {
            return spans(p.spans());
        }
        if (b instanceof Block.Context c) {
            return "  " + spans(c.spans());
        }
        if (b instanceof Block.Quotation q) {
            return q.plainText();
        }
        return "----";
    }

    private static String spans(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
            if (s instanceof Span.Link l) {
                SafeUrl.check(l.url()).ifPresent(u -> sb.append(" <").append(u).append('>'));
            }
        }
        return sb.toString();
    }
}
