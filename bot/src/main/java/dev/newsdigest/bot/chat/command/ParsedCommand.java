package dev.newsdigest.bot.chat.command;

import java.util.List;

/**
 * A command split into its name (lower case, without the slash or {@code @BotName}) and its arguments.
 *
 * @param argText everything after the name, trimmed (for arguments that may contain spaces, like a name)
 */
public record ParsedCommand(String name, List<String> args, String argText) {

    public ParsedCommand {
        args = List.copyOf(args);
    }

    /** The argument text after the first {@code n} arguments, spacing kept (e.g. a name or a value with spaces). */
    public String restAfter(int n) {
        String[] parts = argText.split("\\s+", n + 1);
        return parts.length > n ? parts[n].strip() : "";
    }
}
