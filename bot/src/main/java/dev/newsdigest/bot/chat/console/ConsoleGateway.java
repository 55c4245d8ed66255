package dev.newsdigest.bot.chat.console;

import dev.newsdigest.bot.chat.ChatGateway;
import dev.newsdigest.bot.chat.ChatRef;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/** Posts to the terminal: the console chat's deliveries are printed between the command replies. */
public final class ConsoleGateway implements ChatGateway {

    private final PrintWriter out;
    private final ConsoleRenderer renderer = new ConsoleRenderer();
    private final AtomicLong ids = new AtomicLong();

    public ConsoleGateway(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public SendResult send(ChatRef chat, OutgoingMessage message, int skipParts) {
        synchronized (out) {
            out.println(renderer.render(message));
            out.println();
            out.flush();
        }
        return SendResult.Sent.of(String.valueOf(ids.incrementAndGet()));
    }
}
