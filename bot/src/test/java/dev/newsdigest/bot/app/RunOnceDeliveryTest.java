package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.testing.FeedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's first "done when": a chat subscribes through Telegram, {@code run --once} polls a local feed carrying
 * the seed article, digests it and posts it to the fake Telegram; a second run posts nothing again.
 */
class RunOnceDeliveryTest {

    static final Path SEED = Path.of("../../shared/eval/dev/seed-ru-kremlin.txt");

    @TempDir
    Path dir;
    FakeTelegramServer telegram;
    FeedServer feeds;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(IngestPorts.available(), "needs the HTTP fetcher and feed parser (branch fetch)");
        assumeTrue(Files.exists(SEED), "needs ../shared/eval/dev/seed-ru-kremlin.txt");
        telegram = new FakeTelegramServer();
        feeds = new FeedServer();
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", 2);
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        String html = "<p>" + lines[1].strip().replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>") + "</p>";
        feeds.feed("/kremlin.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Interfax</title><link>http://interfax.example/</link>
                <description>news</description><item><guid isPermaLink="false">urn:seed:1</guid>
                <link>http://interfax.example/kremlin</link><title>%s</title><description><![CDATA[%s]]></description>
                <pubDate>%s</pubDate></item></channel></rss>""".formatted(lines[0].strip(), html, now));
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"), """
                storage:
                  url: jdbc:h2:file:%s
                fetch:
                  allowHosts: [127.0.0.1]
                telegram:
                  token: "%s"
                  apiUrl: %s
                http:
                  port: 0
                """.formatted(dir.resolve("data/nd").toAbsolutePath(), FakeTelegramServer.TOKEN, telegram.baseUrl()));
        Files.writeString(config.resolve("sources.yaml"), """
                sources:
                  - id: interfax
                    name: Interfax
                    url: %s
                    language: ru
                """.formatted(feeds.url("/kremlin.xml")));
    }

    @AfterEach
    void stop() {
        if (telegram != null) {
            telegram.close();
        }
        if (feeds != null) {
            feeds.close();
        }
    }

    String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void subscribeThenRunOnceDeliversTheDigestOnce() throws Exception {
        // The chat subscribes while the bot runs (long polling against the fake Bot API).
        try (BotContext ctx = BotContext.open(dir.resolve("config")); ChatServices chat = new ChatServices(ctx)) {
            chat.start();
            telegram.queueMessage(500, "private", 77, "/subscribe person Песков");
            ChatEndToEndTest.waitFor(() -> !telegram.sentTo("500").isEmpty(), Duration.ofSeconds(15));
        }
        assertThat(telegram.shownTexts("500")).containsExactly("Subscribed: person Песков.");

        String[] run = cli("run", "--once", "--config", dir.resolve("config").toString());
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        assertThat(telegram.shownTexts("500")).hasSize(2);
        String post = telegram.shownTexts("500").get(1);
        assertThat(post).startsWith("Беседа Трампа и Путина к инаугурации");
        assertThat(post).contains("Дмитрий Песков", "Source: Interfax");

        assertThat(cli("run", "--once", "--config", dir.resolve("config").toString())[0]).isEqualTo("0");
        assertThat(telegram.shownTexts("500")).hasSize(2);
    }
}
