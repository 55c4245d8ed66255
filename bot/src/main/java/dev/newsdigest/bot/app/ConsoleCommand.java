package dev.newsdigest.bot.app;

import dev.newsdigest.bot.chat.console.ConsoleGateway;
import dev.newsdigest.bot.chat.console.ConsoleSession;
import dev.newsdigest.bot.config.ConfigException;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.ingest.schedule.PollScheduler;
import dev.newsdigest.bot.storage.StorageException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsdigest console}: the bot in a terminal, no tokens needed. One chat whose user is the operator (an
 * admin): type commands, read the replies, and see posts for this chat as the configured sources bring news.
 * Reads a terminal or a pipe; a piped session echoes each command so its output reads like a transcript.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Talk to the bot in this terminal: commands from stdin, replies and new posts on stdout.",
                "Example: printf '/help\\n/sources\\n' | newsdigest console --config ./config"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:end of input or /quit", "1:database unavailable", "2:invalid configuration"})
public final class ConsoleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", defaultValue = "config", description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--no-poll", description = "Do not poll the sources while the console runs (commands only).")
    boolean noPoll;

    /** Where commands come from (tests give their own). */
    java.io.InputStream input = System.in;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        BotContext ctx;
        try {
            ctx = BotContext.open(config);
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("newsdigest console: " + p));
            return 2;
        } catch (StorageException e) {
            err.println("newsdigest console: " + e.getMessage());
            return 1;
        }
        PollScheduler scheduler = null;
        try (ctx; ChatServices chat = new ChatServices(ctx, false)) {
            ConsoleGateway gateway = new ConsoleGateway(out);
            chat.addGateway(gateway);
            ctx.adminNotices().addChat(ConsoleSession.CHAT);   // the console's user is the admin
            if (!noPoll) {
                scheduler = new PollScheduler(ctx.db, ctx.config.schedule(), (id, cancelled) -> ctx.registry.find(id)
                        .filter(SourceConfig::enabled).map(s -> ctx.poller().poll(s, true, cancelled)).orElse(null),
                        ctx.clock);
                new SourcesReloader(ctx, scheduler).initial();
                scheduler.start();
            }
            chat.startDelivery();
            boolean piped = System.console() == null || input != System.in;
            BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            new ConsoleSession(chat.commands, gateway, out, piped).run(in);
            return 0;
        } finally {
            if (scheduler != null) {
                scheduler.close();
            }
        }
    }
}
