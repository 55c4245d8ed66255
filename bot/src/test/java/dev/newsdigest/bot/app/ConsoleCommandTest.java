package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's console session ({@code examples/console-session.txt}) through the real CLI on a fresh database. */
class ConsoleCommandTest {

    @TempDir
    Path dir;

    @Test
    void theExampleSessionWorksOnAFreshDatabase() throws Exception {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"),
                "storage:\n  url: jdbc:h2:file:" + dir.resolve("data/nd").toAbsolutePath() + "\n");
        Files.writeString(config.resolve("sources.yaml"), "sources: []\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        ((ConsoleCommand) cl.getSubcommands().get("console").getCommand()).input =
                new ByteArrayInputStream(Files.readAllBytes(Path.of("../examples/console-session.txt")));
        int code = cl.execute("console", "--no-poll", "--config", config.toString());
        assertThat(code).as(err.toString()).isZero();
        String t = out.toString();
        assertThat(t).contains("> /subscribe person Peskov\nSubscribed: person Peskov.");
        assertThat(t).contains("> /quotes Peskov\nNo quotes of Peskov yet.");
        assertThat(t).contains("> /settings language uk\nЗбережено.");
        assertThat(t).contains("> /unsubscribe\nУсі підписки скасовано (2).");
        assertThat(t).doesNotContain("Exception", "Usage:");
    }
}
