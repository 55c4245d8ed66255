package dev.newsdigest.bot.chat.message;

import java.util.ArrayList;
import java.util.List;

/**
 * A platform-neutral message: blocks of plain text with light styling, and optionally a list of choices. Only the
 * renderers turn it into Telegram HTML, Slack Block Kit or console text, and only they escape.
 *
 * @param blocks  what to say, in order
 * @param choices buttons offered under the message (empty for none)
 */
public record OutgoingMessage(List<Block> blocks, List<Choice> choices) {

    public OutgoingMessage {
        blocks = List.copyOf(blocks);
        choices = List.copyOf(choices);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one block");
        }
    }

    public static OutgoingMessage of(Block... blocks) {
        return new OutgoingMessage(List.of(blocks), List.of());
    }

    /** A reply of plain sentences, one paragraph per argument. */
    public static OutgoingMessage text(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(Block.text(p));
        }
        return new OutgoingMessage(blocks, List.of());
    }

    public OutgoingMessage withChoices(List<Choice> newChoices) {
        return new OutgoingMessage(blocks, newChoices);
    }

    /** All blocks as plain text, blank line between blocks: the console view and the last-resort fallback. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Divider) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(b.plainText());
        }
        return sb.toString();
    }
}
