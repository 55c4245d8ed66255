package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdigest.bot.chat.telegram.FakeTelegramServer;
import dev.newsdigest.bot.testing.FeedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY F1 end to end: a source on a real local HTTP server answers 503 again and again, then 200. Each
 * {@code run --once --force} polls it; the admin (a Telegram user id in {@code admins.telegram}) gets one notice
 * when the failures reach {@code schedule.failureThreshold}, with the reason, none on the further failures, and one
 * when the source works again. A good source next to it keeps flowing.
 */
class SourceFailingNoticeTest {
    static final String ADMIN = "900";

    @TempDir
    Path dir;
    FakeTelegramServer telegram;
    FeedServer feeds;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(IngestPorts.available(), "needs the HTTP fetcher and feed parser");
        telegram = new FakeTelegramServer();
        feeds = new FeedServer();
        feeds.status("/flaky.xml", 503);
        feeds.feed("/good.xml", FeedServer.rss("Good", new String[] {"urn:g:1", "http://good.example/1",
                "Council approves the bridge budget", "<p>The city council approved the budget for the river bridge"
                + " on Monday after a long debate about costs and the schedule of the works.</p>"}));
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
                admins:
                  telegram: ["%s"]
                schedule:
                  failureThreshold: 2
                """.formatted(dir.resolve("data/nd").toAbsolutePath(), FakeTelegramServer.TOKEN, telegram.baseUrl(),
                ADMIN));
        Files.writeString(config.resolve("sources.yaml"), """
                sources:
                  - id: flaky
                    name: Flaky Wire
                    url: %s
                  - id: good
                    name: Good News
                    url: %s
                """.formatted(feeds.url("/flaky.xml"), feeds.url("/good.xml")));
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

    String[] runOnce() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("run", "--once", "--force", "--config", dir.resolve("config").toString());
        String[] r = {Integer.toString(code), out.toString(), err.toString()};
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        return r;
    }

    @Test
    void adminsHearOnceWhenASourceStartsFailingAndOnceWhenItRecovers_F1() {
        runOnce();
        assertThat(telegram.shownTexts(ADMIN)).as("one failure is below the threshold").isEmpty();

        runOnce();
        assertThat(telegram.shownTexts(ADMIN)).singleElement().satisfies(t -> assertThat(t)
                .contains("Source Flaky Wire (flaky) is failing: 2 failures in a row", "HTTP", "503")
                .doesNotContain("Good News"));

        runOnce();
        runOnce();
        assertThat(telegram.shownTexts(ADMIN)).as("no notice on every poll").hasSize(1);
        assertThat(feeds.requests("/flaky.xml")).isEqualTo(4);

        feeds.feed("/flaky.xml", FeedServer.rss("Flaky", new String[] {"urn:f:1", "http://flaky.example/1",
                "Storm closes the airport", "<p>A winter storm closed the airport for the whole day on Tuesday, and"
                + " trains were delayed across the region.</p>"}));
        runOnce();
        assertThat(telegram.shownTexts(ADMIN)).hasSize(2);
        assertThat(telegram.shownTexts(ADMIN).get(1)).contains("Source Flaky Wire (flaky) works again after 4 failures");

        runOnce();
        assertThat(telegram.shownTexts(ADMIN)).as("nothing more while it works").hasSize(2);

        // A new failure streak is a new notice.
        feeds.status("/flaky.xml", 500);
        runOnce();
        runOnce();
        assertThat(telegram.shownTexts(ADMIN)).hasSize(3);
        assertThat(telegram.shownTexts(ADMIN).get(2)).contains("is failing: 2 failures in a row", "500");
    }
}
