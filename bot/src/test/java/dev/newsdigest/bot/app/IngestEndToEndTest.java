package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.bot.storage.SourceHealth;
import dev.newsdigest.bot.storage.SourceHealthStore;
import dev.newsdigest.bot.testing.Digests;
import dev.newsdigest.bot.testing.FeedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline through the CLI ({@code run --once}, {@code export}) against real HTTP servers on 127.0.0.1:
 * good sources keep flowing while each bad one fails with its reason; a second run stores nothing twice; the same
 * story in two feeds is one story with both sources (RELIABILITY F1, F9, P7).
 */
class IngestEndToEndTest {
    @TempDir
    Path dir;
    private FeedServer server;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(IngestPorts.available(), "needs the HTTP fetcher and feed parser (branch fetch)");
        server = new FeedServer();
        server.feed("/good.xml", FeedServer.rss("Good",
                new String[] {"g-1", "http://news.example/lisbon-bridge?utm_source=rss", "Bridge to open in spring",
                        "<p>" + Digests.text("Lisbon") + "</p>"},
                new String[] {"g-2", "http://news.example/porto-football", "Team loses opener",
                        "<p>" + Digests.otherText("Porto") + "</p>"}));
        // The same bridge story republished by another site with its own URL and title and one more line.
        server.feedWithoutValidators("/other.xml", FeedServer.rss("Other",
                new String[] {"urn:other:77", "http://other.example/news/77", "Lisbon bridge opening date set",
                        "<p>" + Digests.text("Lisbon") + " The mayor's office declined to comment.</p>"},
                new String[] {"urn:other:78", "http://other.example/news/78", "Storm closes schools",
                        "<p>" + Digests.stormText("Faro") + "</p>"}));
        server.status("/missing.xml", 404);
        server.status("/broken.xml", 500);
        server.slow("/slow.xml", 6_000, FeedServer.rss("Slow"));
        server.route("/invalid.xml", ex -> FeedServer.send(ex, 200, "application/rss+xml", "<rss><channel><item><title>cut"));
        server.redirect("/metadata.xml", "http://169.254.169.254/latest/meta-data/");

        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("newsdigest.yaml"), """
                storage:
                  url: jdbc:h2:file:%s
                fetch:
                  timeout: 2s
                  connectTimeout: 1s
                  allowHosts: [127.0.0.1]
                schedule:
                  workers: 3
                """.formatted(dir.resolve("data/nd").toAbsolutePath()));
        StringBuilder sources = new StringBuilder("sources:\n");
        for (String id : List.of("good", "other", "missing", "broken", "slow", "invalid", "metadata")) {
            sources.append("  - id: ").append(id).append("\n    url: ").append(server.url("/" + id + ".xml"))
                    .append("\n    language: en\n");
        }
        Files.writeString(config.resolve("sources.yaml"), sources.toString());
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private String configDir() {
        return dir.resolve("config").toString();
    }

    @Test
    void goodSourcesFlowBadOnesFailWithAReasonAndNothingIsStoredTwice() throws Exception {
        String[] first = cli("run", "--once", "--config", configDir());
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        Map<String, Long> afterFirst = counts();
        assertThat(afterFirst).containsEntry("articles", 4L).containsEntry("digests", 3L)
                .containsEntry("article_sources", 4L).containsEntry("stories", 3L);

        Map<String, SourceHealth> health = health();
        assertThat(health.get("good").failuresInRow()).isZero();
        assertThat(health.get("good").lastSuccessAt()).isNotNull();
        assertThat(health.get("other").failuresInRow()).isZero();
        assertThat(health.get("missing").lastErrorReason()).isEqualTo("NOT_FOUND");
        assertThat(health.get("broken").lastErrorReason()).isEqualTo("SERVER_ERROR");
        assertThat(health.get("slow").lastErrorReason()).isEqualTo("TIMEOUT");
        assertThat(health.get("invalid").lastErrorReason()).isEqualTo("PARSE_ERROR");
        assertThat(health.get("metadata").lastErrorReason()).isEqualTo("REFUSED");
        for (String bad : List.of("missing", "broken", "slow", "invalid", "metadata")) {
            assertThat(health.get(bad).failuresInRow()).as(bad).isEqualTo(1);
            assertThat(health.get(bad).lastErrorMessage()).as(bad).isNotBlank();
            assertThat(health.get(bad).nextFetchAt()).as(bad).isNotNull();
        }

        // The export: the digest contract plus url, published and sources; the bridge story has both sources.
        String[] export = cli("export", "--format", "jsonl", "--config", configDir());
        assertThat(export[0]).isEqualTo("0");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export[1].strip().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(l -> assertThat(l.has("headline") && l.has("quotes") && l.has("people")
                && l.has("url") && l.has("published") && l.has("sources")).isTrue());
        // Whichever feed was stored first gives the story its URL (tracking parameters dropped).
        JsonNode bridge = lines.stream().filter(l -> l.get("sources").size() == 2).findFirst().orElseThrow();
        assertThat(bridge.get("url").asText()).isIn("http://news.example/lisbon-bridge", "http://other.example/news/77");
        assertThat(bridge.get("sources").findValuesAsText("url"))
                .containsExactlyInAnyOrder("http://news.example/lisbon-bridge", "http://other.example/news/77");
        List<String> ids = new ArrayList<>();
        bridge.get("sources").forEach(s -> ids.add(s.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder("good", "other");

        // Second pass: the good feed answers 304, the other one sends everything again; nothing new is stored.
        // Failing sources are backing off and are skipped.
        int slowRequests = server.requests("/slow.xml");
        String[] second = cli("run", "--once", "--config", configDir());
        assertThat(second[0]).isEqualTo("0");
        assertThat(server.notModified("/good.xml")).isEqualTo(1);
        assertThat(server.requests("/other.xml")).isEqualTo(2);
        assertThat(server.requests("/slow.xml")).isEqualTo(slowRequests);
        assertThat(counts()).isEqualTo(afterFirst);
        assertThat(second[2]).contains("slow: skipped: backing off");

        // --force polls the failing ones again: the streak grows, the good ones stay healthy.
        assertThat(cli("run", "--once", "--force", "--config", configDir())[0]).isEqualTo("0");
        assertThat(health().get("slow").failuresInRow()).isEqualTo(2);
        assertThat(health().get("good").failuresInRow()).isZero();
        assertThat(counts()).isEqualTo(afterFirst);

        String[] list = cli("sources", "list", "--config", configDir());
        assertThat(list[1]).contains("TIMEOUT").contains("NOT_FOUND").contains("REFUSED");
    }

    private Map<String, SourceHealth> health() {
        try (Database db = Database.open(storage())) {
            return new SourceHealthStore(db).all();
        }
    }

    private StorageConfig storage() {
        return new StorageConfig("jdbc:h2:file:" + dir.resolve("data/nd").toAbsolutePath(), null, Secret.empty(), 2);
    }

    private Map<String, Long> counts() {
        try (Database db = Database.open(storage())) {
            Map<String, Long> out = new java.util.TreeMap<>();
            for (String table : List.of("articles", "digests", "article_sources", "stories", "quotes", "people")) {
                out.put(table, db.read("count", c -> {
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
            }
            return out;
        }
    }
}
