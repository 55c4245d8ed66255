package dev.newsdigest.bot.chat.message;

import java.util.Objects;

/**
 * One option of a choice list: the label a user sees and the command the bot runs when it is picked (an inline
 * keyboard button in Telegram, a button in Slack, a numbered line in the console). The command is short ASCII so
 * it fits Telegram's 64-byte {@code callback_data}.
 */
public record Choice(String label, String command) {

    /** Telegram's limit for {@code callback_data} (https://core.telegram.org/bots/api#inlinekeyboardbutton). */
    public static final int MAX_COMMAND_BYTES = 64;

    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
        if (command.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_COMMAND_BYTES) {
            throw new IllegalArgumentException("choice command longer than 64 bytes: " + command);
        }
    }
}
