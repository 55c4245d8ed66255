package dev.newsdigest.bot.chat.command;

import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.util.List;

/** One command (or a family of commands sharing a class), platform-neutral. */
public interface CommandHandler {

    /** The names it answers to, lower case, without the slash. */
    List<String> names();

    /** True for commands only admins may run (the router refuses others and audit-logs the attempt). */
    default boolean adminOnly() {
        return false;
    }

    /**
     * Handles one invocation. Throws {@link UsageException} for bad arguments; every other problem is answered in
     * words, never as an exception.
     */
    List<OutgoingMessage> handle(CommandContext ctx, ParsedCommand command);
}
