package dev.newsdigest.bot.chat.telegram;

import dev.newsdigest.bot.chat.message.Choice;
import java.util.List;

/**
 * One Telegram message of a rendered {@code OutgoingMessage}.
 *
 * @param html    text for {@code parse_mode=HTML}, at most 4,096 characters
 * @param plain   the same content without markup, for the fallback send when Telegram cannot parse the HTML (D5)
 * @param choices inline keyboard buttons (only on the last part)
 */
public record TelegramPart(String html, String plain, List<Choice> choices) {
    public TelegramPart {
        choices = List.copyOf(choices);
    }
}
