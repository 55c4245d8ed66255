package dev.newsdigest.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.Charset;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code newsdigest digest URL} through the real fetcher against a server on 127.0.0.1. */
class DigestCommandUrlTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getPort() + "/news/2026/03/01/bridge";
    }

    @Test
    void urlIsFetchedAndDigestedWithTheResponseCharset() throws Exception {
        String html = "<html><head><title>Мэр открыл мост</title></head><body><article>"
                + "<p>Мэр города открыл новый мост через реку после трёх лет строительства.</p></article></body></html>";
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=windows-1251")
                .setBody(new Buffer().write(html.getBytes(Charset.forName("windows-1251")))));
        assertThat(run("digest", "--allow-private", "--format", "json", url())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("source").asText()).isEqualTo(url());
        assertThat(json.get("headline").asText()).isEqualTo("Мэр открыл мост");
        assertThat(server.takeRequest().getHeader("User-Agent")).startsWith("newsdigest/");
    }

    @Test
    void privateAddressesAreRefusedWithoutTheFlag() {
        assertThat(run("digest", url())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("newsdigest digest: " + url() + ": refused: loopback");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void httpFailuresAreReportedByClassification() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("SECRET body"));
        assertThat(run("digest", "--allow-private", url())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("newsdigest digest: " + url() + ": not found (HTTP 404)");
    }
}
