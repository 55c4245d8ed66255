package dev.newsdigest.bot.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsdigest}: the command line of the bot. Each subcommand is its own class. */
@Command(
        name = "newsdigest",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "News-digest bot for Telegram and Slack: headlines, key quotes with their speakers, people.",
        subcommands = {DigestCommand.class, RunCommand.class, ConsoleCommand.class, SourcesCommand.class, ExportCommand.class,
                BenchCommand.class, HealthcheckCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI with UTF-8 output whatever the platform default is (Cyrillic must survive a C locale). */
    public static int execute(String... args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        return commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    /** The configured picocli command line, writing to the given streams (tests pass their own). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
