package dev.newsdigest.bot.chat.console;

import dev.newsdigest.bot.chat.ChatGateway;
import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.UserRef;
import dev.newsdigest.bot.chat.command.ChatCommands;
import dev.newsdigest.bot.chat.command.CommandParser;
import dev.newsdigest.bot.chat.command.IncomingCommand;
import dev.newsdigest.bot.chat.message.Choice;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The console chat: one chat whose only user is the operator (an admin). Reads commands line by line from a
 * terminal or a pipe, echoes each command when the input is not a terminal (so a piped session reads like a
 * transcript), and prints the replies. A bare number picks an option of the last choice list. {@code #} starts a
 * comment line; {@code /quit} or end of input ends the session.
 */
public final class ConsoleSession {

    public static final ChatRef CHAT = new ChatRef(Platform.CONSOLE, "console", ChatKind.PRIVATE);
    public static final UserRef USER = new UserRef(Platform.CONSOLE, "operator", "operator");

    private final ChatCommands commands;
    private final ChatGateway gateway;
    private final PrintWriter out;
    private final boolean echo;
    private final CommandParser parser = new CommandParser(null);
    private List<Choice> lastChoices = List.of();

    public ConsoleSession(ChatCommands commands, ChatGateway gateway, PrintWriter out, boolean echo) {
        this.commands = commands;
        this.gateway = gateway;
        this.out = out;
        this.echo = echo;
    }

    /** Runs until end of input or {@code /quit}; returns the number of commands handled. */
    public int run(BufferedReader in) throws IOException {
        int handled = 0;
        prompt();
        String line;
        while ((line = in.readLine()) != null) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                prompt();
                continue;
            }
            if (echo) {
                synchronized (out) {
                    out.println("> " + text);
                }
            }
            if (text.equals("/quit") || text.equals("/exit")) {
                break;
            }
            if (text.chars().allMatch(Character::isDigit) && !lastChoices.isEmpty()) {
                int n = Integer.parseInt(text.length() > 3 ? "0" : text);
                if (n >= 1 && n <= lastChoices.size()) {
                    text = lastChoices.get(n - 1).command();
                }
            }
            handle(text);
            handled++;
            prompt();
        }
        out.flush();
        return handled;
    }

    void handle(String text) {
        List<OutgoingMessage> replies = commands.handle(new IncomingCommand(CHAT, USER, text), parser);
        if (replies.isEmpty() && !text.startsWith("/")) {
            replies = List.of(OutgoingMessage.text("Commands start with /. Try /help."));
        }
        for (OutgoingMessage r : replies) {
            gateway.send(CHAT, r);
            if (!r.choices().isEmpty()) {
                lastChoices = r.choices();
            }
        }
    }

    private void prompt() {
        if (!echo) {
            synchronized (out) {
                out.print("newsdigest> ");
                out.flush();
            }
        }
    }
}
