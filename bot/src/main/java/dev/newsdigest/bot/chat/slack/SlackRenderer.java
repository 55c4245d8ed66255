package dev.newsdigest.bot.chat.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.SafeUrl;
import dev.newsdigest.bot.chat.message.Span;
import dev.newsdigest.bot.chat.message.TextChunks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a neutral message as Slack Block Kit: paragraphs and quotes as mrkdwn sections (at most 3,000 characters
 * each, longer text cut before escaping), context lines as context blocks, choices as buttons, at most 50 blocks
 * per message (https://api.slack.com/reference/block-kit/blocks). All text is escaped (R3).
 */
public final class SlackRenderer {

    public static final int MAX_BLOCKS = 50;
    public static final int MAX_SECTION = 3000;
    /** Action id prefix of choice buttons; the button's value is the command to run. */
    public static final String CHOICE_ACTION = "newsdigest_choice_";
    /** Notification text is a summary, not the whole digest. */
    static final int MAX_FALLBACK = 1000;
    /** Room left for the formatting a section adds ({@code *...*}, link brackets). */
    static final int MARKUP_ALLOWANCE = 64;

    public List<SlackPost> render(OutgoingMessage message) {
        List<LayoutBlock> all = new ArrayList<>();
        for (Block b : message.blocks()) {
            all.addAll(blocks(b));
        }
        ActionsBlock actions = message.choices().isEmpty() ? null : actions(message.choices());
        List<SlackPost> posts = new ArrayList<>();
        String fallback = fallback(message);
        List<LayoutBlock> current = new ArrayList<>();
        for (LayoutBlock b : all) {
            if (current.size() == MAX_BLOCKS) {
                posts.add(new SlackPost(fallback, current));
                current = new ArrayList<>();
            }
            current.add(b);
        }
        if (actions != null) {
            if (current.size() == MAX_BLOCKS) {
                posts.add(new SlackPost(fallback, current));
                current = new ArrayList<>();
            }
            current.add(actions);
        }
        posts.add(new SlackPost(fallback, current));
        return posts;
    }

    private static String fallback(OutgoingMessage message) {
        String plain = message.plainText();
        if (plain.length() > MAX_FALLBACK) {
            plain = TextChunks.split(plain, MAX_FALLBACK, s -> s).get(0) + " …";
        }
        return SlackMrkdwn.text(plain);
    }

    private static List<LayoutBlock> blocks(Block b) {
        if (b instanceof Block.Divider) {
            return List.of(DividerBlock.builder().build());
        }
        String mrkdwn = mrkdwn(b);
        if (mrkdwn.length() <= MAX_SECTION) {
            return List.of(wrap(b, mrkdwn));
        }
        List<LayoutBlock> out = new ArrayList<>();
        for (String piece : TextChunks.split(b.plainText(), MAX_SECTION - MARKUP_ALLOWANCE, SlackMrkdwn::text)) {
            out.add(wrap(b, SlackMrkdwn.text(piece)));
        }
        return out;
    }

    private static LayoutBlock wrap(Block b, String mrkdwn) {
        MarkdownTextObject text = MarkdownTextObject.builder().text(mrkdwn).build();
        if (b instanceof Block.Context) {
            return ContextBlock.builder().elements(List.of(text)).build();
        }
        return SectionBlock.builder().text(text).build();
    }

    static String mrkdwn(Block b) {
        if (b instanceof Block.Paragraph p) {
            return spans(p.spans());
        }
        if (b instanceof Block.Context c) {
            return spans(c.spans());
        }
        if (b instanceof Block.Quotation q && q.paraphrase()) {
            // Reported speech: no "> " block quote (which reads as the speaker's own words); who said it first.
            String label = "(" + SlackMrkdwn.text(q.paraphraseLabel()) + ")";
            String who = q.speaker() == null ? label : "_" + SlackMrkdwn.text(q.speaker()) + "_ " + label;
            return who + ": " + SlackMrkdwn.text(q.text());
        }
        if (b instanceof Block.Quotation q) {
            // "&gt;" from escaping never starts a quote; only our own leading ">" does.
            String quote = "> " + SlackMrkdwn.text(q.text()).replace("\n", "\n> ");
            return q.speaker() == null ? quote : quote + "\n— _" + SlackMrkdwn.text(q.speaker()) + "_";
        }
        return "";
    }

    private static String spans(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            String t = SlackMrkdwn.text(s.text());
            if (s instanceof Span.Bold) {
                sb.append('*').append(t).append('*');
            } else if (s instanceof Span.Italic) {
                sb.append('_').append(t).append('_');
            } else if (s instanceof Span.Code) {
                sb.append('`').append(t).append('`');
            } else if (s instanceof Span.Link l) {
                // SafeUrl percent-encodes '|' and '>', which would otherwise end Slack's <url|text> early.
                Optional<String> url = SafeUrl.check(l.url());
                String inner = url.map(u -> "<" + SlackMrkdwn.text(u) + "|" + t + ">").orElse(t);
                sb.append(l.bold() ? "*" + inner + "*" : inner);
            } else {
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private static ActionsBlock actions(List<Choice> choices) {
        List<BlockElement> buttons = new ArrayList<>();
        int i = 0;
        for (Choice c : choices) {
            buttons.add(ButtonElement.builder()
                    .actionId(CHOICE_ACTION + i++)
                    .text(PlainTextObject.builder().text(truncate(c.label(), 75)).build())
                    .value(c.command())
                    .build());
        }
        return ActionsBlock.builder().elements(buttons).build();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
