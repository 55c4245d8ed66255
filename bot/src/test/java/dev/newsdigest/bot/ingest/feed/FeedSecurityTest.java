package dev.newsdigest.bot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * RELIABILITY P3 (XXE) and P4 (billion laughs): a live server stands where an external entity or DTD points,
 * and a secret file sits where a file entity points. The parser must refuse, the server must see nothing, and the
 * secret must appear nowhere in the result or the error.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FeedSecurityTest {
    private static final String SECRET = "TOP-SECRET-7f3a9c";
    private static final URI BASE = URI.create("https://news.example.org/rss");

    @TempDir
    Path dir;

    private MockWebServer server;
    private Path secretFile;
    private final StandardFeedParser parser = new StandardFeedParser();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse().setBody("<!ENTITY leak \"" + SECRET + "\">"));
        }
        secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, SECRET);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private String serverUrl(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private FeedParseException refused(String xml) {
        FeedParseException e = catchThrowableOfType(FeedParseException.class,
                () -> parser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", BASE, null));
        assertThat(e).as("the payload must be refused").isNotNull();
        assertThat(e.getMessage()).doesNotContain(SECRET);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
        }
        assertThat(server.getRequestCount()).as("requests the parser made to the entity server").isZero();
        return e;
    }

    private static String rssWithTitle(String doctype, String title) {
        return "<?xml version=\"1.0\"?>" + doctype + "<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://news.example.org/</link><description>d</description>"
                + "<item><title>" + title + "</title></item></channel></rss>";
    }

    @Test
    void p3_fileEntityInTitleIsRefused() {
        FeedParseException e = refused(rssWithTitle(
                "<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secretFile.toUri() + "\">]>", "&x;"));
        assertThat(e.getMessage()).contains("DOCTYPE");
    }

    @Test
    void p3_etcPasswdEntityIsRefused() {
        FeedParseException e = refused(rssWithTitle("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;"));
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void p3_externalDtdOnALocalServerIsNeverFetched() {
        refused(rssWithTitle("<!DOCTYPE rss SYSTEM \"" + serverUrl("/x.dtd") + "\">", "&leak;"));
    }

    @Test
    void p3_httpEntityOnALocalServerIsNeverFetched() {
        refused(rssWithTitle("<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + serverUrl("/entity") + "\">]>", "&x;"));
    }

    @Test
    void p3_parameterEntityOutOfBandPayloadIsNeverFetched() {
        refused(rssWithTitle("<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + serverUrl("/oob.dtd") + "\"> %remote;]>", "t"));
    }

    @Test
    void p3_atomWithXxeIsRefusedToo() {
        String atom = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"" + secretFile.toUri() + "\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&x;</title><id>i</id><updated>2026-01-01T00:00:00Z</updated></feed>";
        refused(atom);
    }

    @Test
    void p3_pageSourcesNeverResolveEntitiesEither() throws Exception {
        String html = "<!DOCTYPE html [<!ENTITY x SYSTEM \"" + secretFile.toUri() + "\">]><html><body><main>"
                + "<a href=\"/2026/03/01/some-long-article-slug-here\">&x; link</a></main></body></html>";
        ParsedFeed page = parser.parse(html.getBytes(StandardCharsets.UTF_8), "text/html", BASE, FeedType.PAGE);
        assertThat(page.items()).allSatisfy(i -> assertThat(String.valueOf(i.title())).doesNotContain(SECRET));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void p4_billionLaughsIsRefusedFast() {
        StringBuilder lol = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"");
            String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            lol.append(prev.repeat(10)).append("\">");
        }
        lol.append("]>");
        FeedParseException e = refused(rssWithTitle(lol.toString(), "&lol9;"));
        assertThat(e.getMessage()).contains("DOCTYPE");
    }

    @Test
    void p4_quadraticBlowupWithoutDoctypeIsImpossibleSoLongAttributesAreJustText() throws Exception {
        // Without a DOCTYPE no entity can be declared; a huge run of predefined entities is plain, bounded text.
        String many = "&amp;".repeat(200_000);
        ParsedFeed feed = parser.parse(rssWithTitle("", many).getBytes(StandardCharsets.UTF_8), null, BASE, null);
        assertThat(feed.items().get(0).title()).hasSizeLessThanOrEqualTo(ItemLimits.MAX_TITLE_CHARS);
    }
}
