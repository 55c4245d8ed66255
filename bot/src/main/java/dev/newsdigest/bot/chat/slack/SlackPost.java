package dev.newsdigest.bot.chat.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One {@code chat.postMessage} of a rendered message.
 *
 * @param text   the notification / fallback text (escaped mrkdwn, it is parsed too)
 * @param blocks at most 50 Block Kit blocks
 */
public record SlackPost(String text, List<LayoutBlock> blocks) {
    public SlackPost {
        blocks = List.copyOf(blocks);
    }
}
