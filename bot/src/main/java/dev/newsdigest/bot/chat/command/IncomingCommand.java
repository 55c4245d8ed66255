package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.UserRef;
import java.util.Objects;

/**
 * A message that may be a command, as an adapter hands it over: where, from whom, and the raw text. Adapters pass
 * only new messages written by a user: edited messages, forwards and channel posts without a sender are dropped
 * before this point, so they can never re-issue a command (RELIABILITY.md I5).
 */
public record IncomingCommand(ChatRef chat, UserRef user, String text) {

    public IncomingCommand {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(user, "user");
        text = text == null ? "" : text;
    }
}
