package dev.newsdigest.bot.chat.telegram;

import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.SafeUrl;
import dev.newsdigest.bot.chat.message.Span;
import dev.newsdigest.bot.chat.message.TextChunks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a neutral message as Telegram HTML. Each block is rendered (and escaped) on its own, and parts are packed
 * from whole blocks, so a split never falls inside a tag or an entity; a single block too long for a message is
 * first cut as plain text (R5). Links are emitted only for http/https URLs, with the attribute escaped (R2).
 */
public final class TelegramRenderer {

    /** Telegram's limit for one text message (https://core.telegram.org/bots/api#sendmessage). */
    public static final int MAX_MESSAGE = 4096;
    /** Room left for the tags a block adds around its text. */
    static final int TAG_ALLOWANCE = 96;
    private static final String SEPARATOR = "\n\n";
    private static final String DIVIDER = "———";

    private final int maxMessage;

    public TelegramRenderer() {
        this(MAX_MESSAGE);
    }

    /** A smaller limit, for tests that want splits without 4 KB fixtures. */
    TelegramRenderer(int maxMessage) {
        this.maxMessage = maxMessage;
    }

    public List<TelegramPart> render(OutgoingMessage message) {
        List<Rendered> blocks = new ArrayList<>();
        for (Block b : message.blocks()) {
            for (Block piece : fit(b)) {
                blocks.add(new Rendered(html(piece), piece instanceof Block.Divider ? DIVIDER : piece.plainText()));
            }
        }
        List<TelegramPart> parts = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (Rendered r : blocks) {
            if (!html.isEmpty() && html.length() + SEPARATOR.length() + r.html.length() > maxMessage) {
                parts.add(new TelegramPart(html.toString(), plain.toString(), List.of()));
                html.setLength(0);
                plain.setLength(0);
            }
            if (!html.isEmpty()) {
                html.append(SEPARATOR);
                plain.append(SEPARATOR);
            }
            html.append(r.html);
            plain.append(r.plain);
        }
        parts.add(new TelegramPart(html.toString(), plain.toString(), message.choices()));
        return parts;
    }

    /** A block that is too long once rendered becomes several plain paragraphs (its styling is dropped). */
    private List<Block> fit(Block b) {
        if (html(b).length() <= maxMessage) {
            return List.of(b);
        }
        List<Block> out = new ArrayList<>();
        for (String piece : TextChunks.split(b.plainText(), maxMessage - TAG_ALLOWANCE, TelegramHtml::text)) {
            out.add(Block.text(piece));
        }
        return out;
    }

    static String html(Block b) {
        if (b instanceof Block.Paragraph p) {
            return spans(p.spans());
        }
        if (b instanceof Block.Context c) {
            return "<i>" + spans(c.spans()) + "</i>";
        }
        if (b instanceof Block.Quotation q && q.paraphrase()) {
            // Reported speech: no quotation marks; who said it first, then the reported content.
            String label = "(" + TelegramHtml.text(q.paraphraseLabel()) + ")";
            String who = q.speaker() == null ? label : "<i>" + TelegramHtml.text(q.speaker()) + "</i> " + label;
            return who + ": " + TelegramHtml.text(q.text());
        }
        if (b instanceof Block.Quotation q) {
            String quote = "«" + TelegramHtml.text(q.text()) + "»";
            return q.speaker() == null ? quote : quote + " — <i>" + TelegramHtml.text(q.speaker()) + "</i>";
        }
        return DIVIDER;
    }

    private static String spans(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            String t = TelegramHtml.text(s.text());
            if (s instanceof Span.Bold) {
                sb.append("<b>").append(t).append("</b>");
            } else if (s instanceof Span.Italic) {
                sb.append("<i>").append(t).append("</i>");
            } else if (s instanceof Span.Code) {
                sb.append("<code>").append(t).append("</code>");
            } else if (s instanceof Span.Link l) {
                Optional<String> url = SafeUrl.check(l.url());
                String inner = url.map(u -> "<a href=\"" + TelegramHtml.attribute(u) + "\">" + t + "</a>").orElse(t);
                sb.append(l.bold() ? "<b>" + inner + "</b>" : inner);
            } else {
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private record Rendered(String html, String plain) {
    }
}
