package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.testing.ChildJvm;
import dev.newsdigest.bot.testing.FeedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY C1: {@code run --once} in a child JVM is killed with SIGKILL while it is fetching the third of six
 * article pages. A second run stores every article exactly once: nothing lost, nothing doubled, and the feed is
 * fetched whole again because the interrupted poll never saved its validators.
 */
class KillDuringPollTest {
    private static final int ARTICLES = 6;

    @TempDir
    Path dir;

    @Test
    void c1KillMinus9MidPollThenRestartLosesNothingAndDuplicatesNothing() throws Exception {
        assumeTrue(IngestPorts.available(), "needs the HTTP fetcher and feed parser (branch fetch)");
        try (FeedServer server = new FeedServer()) {
            CountDownLatch thirdPage = new CountDownLatch(1);
            List<String[]> items = new ArrayList<>();
            for (int i = 1; i <= ARTICLES; i++) {
                String path = "/article/" + i;
                int n = i;
                items.add(new String[] {"urn:test:" + i, server.url(path), "Article " + i, "summary " + i});
                server.route(path, ex -> {
                    if (n == 3 && thirdPage.getCount() > 0) {
                        thirdPage.countDown();
                        Thread.sleep(30_000); // the child is killed while it waits here
                    }
                    FeedServer.send(ex, 200, "text/html; charset=utf-8", "<html><head><title>Article " + n
                            + "</title></head><body><article><h1>Article " + n + "</h1><p>The committee approved plan"
                            + " number " + n + " on Monday after a long debate.</p></article></body></html>");
                });
            }
            server.feed("/feed.xml", FeedServer.rss("Feed", items.toArray(new String[0][])));
            Path config = writeConfig(server);

            Process child = ChildJvm.start(Main.class, dir.resolve("child.log"), "run", "--once", "--config", config.toString());
            try {
                assertThat(thirdPage.await(90, TimeUnit.SECONDS)).as(ChildJvm.tail(dir.resolve("child.log"))).isTrue();
            } finally {
                child.destroyForcibly().waitFor();
            }
            int feedRequests = server.requests("/feed.xml");
            assertThat(feedRequests).isEqualTo(1);

            // The page that hung now answers at once; the restarted run completes the poll.
            StringWriter err = new StringWriter();
            int code = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                    .execute("run", "--once", "--config", config.toString());
            assertThat(code).as(err.toString()).isZero();
            assertThat(server.requests("/feed.xml")).isEqualTo(2);
            assertThat(server.notModified("/feed.xml")).as("no validators were saved by the killed poll").isZero();
            // Pages stored before the kill are not fetched again.
            assertThat(server.requests("/article/1")).isEqualTo(1);
            assertThat(server.requests("/article/2")).isEqualTo(1);

            try (Database db = Database.open(new StorageConfig("jdbc:h2:file:" + dir.resolve("data/nd").toAbsolutePath(),
                    null, Secret.empty(), 2))) {
                assertThat(count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(ARTICLES);
                assertThat(count(db, "SELECT COUNT(DISTINCT url_hash) FROM articles")).isEqualTo(ARTICLES);
                assertThat(count(db, "SELECT COUNT(*) FROM digests")).isEqualTo(ARTICLES);
                assertThat(count(db, "SELECT COUNT(*) FROM article_sources")).isEqualTo(ARTICLES);
            }
            // A third run: 304, nothing new.
            Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                    .execute("run", "--once", "--config", config.toString());
            assertThat(server.notModified("/feed.xml")).isEqualTo(1);
        }
    }

    private Path writeConfig(FeedServer server) throws Exception {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"), """
                storage:
                  url: jdbc:h2:file:%s
                fetch:
                  timeout: 60s
                  allowHosts: [127.0.0.1]
                schedule:
                  workers: 1
                """.formatted(dir.resolve("data/nd").toAbsolutePath()));
        Files.writeString(config.resolve("sources.yaml"), """
                sources:
                  - id: feed
                    url: %s
                    fullText: true
                    language: en
                """.formatted(server.url("/feed.xml")));
        return config;
    }

    private static long count(Database db, String sql) {
        return db.read("count", c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
