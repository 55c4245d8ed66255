package dev.newsdigest.bot.chat.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises {@code /name args} and {@code /name@BotName args}. A command addressed to another bot in a group
 * ({@code /quotes@OtherBot}) is not ours and is ignored (https://core.telegram.org/bots/features#commands).
 */
public final class CommandParser {

    /** Longest command text we look at; longer input is cut (bounded work per message). */
    static final int MAX_LENGTH = 1000;

    private final String botUsername;

    /** @param botUsername this bot's username without {@code @}, or null when the platform has none (console) */
    public CommandParser(String botUsername) {
        this.botUsername = botUsername == null ? null : botUsername.replaceFirst("^@", "");
    }

    public Optional<ParsedCommand> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() > MAX_LENGTH) {
            t = t.substring(0, MAX_LENGTH);
        }
        if (t.length() < 2 || t.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = 1;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        String head = t.substring(1, end);
        String rest = t.substring(end).strip();
        int at = head.indexOf('@');
        if (at >= 0) {
            String addressee = head.substring(at + 1);
            if (botUsername == null || !addressee.equalsIgnoreCase(botUsername)) {
                return Optional.empty();
            }
            head = head.substring(0, at);
        }
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
        return Optional.of(new ParsedCommand(head.toLowerCase(Locale.ROOT), args, rest));
    }
}
