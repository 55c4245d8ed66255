package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.BotLanguage;
import dev.newsdigest.bot.chat.BotText;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.ChatSettings;
import dev.newsdigest.bot.chat.UserRef;
import java.time.Clock;

/** One invocation's surroundings: who, where, the chat's settings, the ports, and the chat's language. */
public record CommandContext(ChatRef chat, UserRef user, boolean admin, ChatSettings settings, CommandPorts ports,
                             BotText texts, Clock clock) {

    public BotLanguage language() {
        return settings.language();
    }

    /** The bot's sentence {@code key} in this chat's language. */
    public String t(String key, Object... args) {
        return texts.get(settings.language(), key, args);
    }

    /** {@code telegram:123}: how the audit log names the user. */
    public String actor() {
        return user.toString();
    }
}
