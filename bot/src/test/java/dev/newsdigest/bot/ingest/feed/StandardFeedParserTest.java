package dev.newsdigest.bot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RSS, Atom, JSON Feed: items, GUIDs, dates, links (P6), format detection (P2) and malformed input (P1). */
class StandardFeedParserTest {
    static final URI BASE = URI.create("https://news.example.org/feeds/main.xml");

    private final StandardFeedParser parser = new StandardFeedParser();

    static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Example News</title><link>https://news.example.org/</link><description>d</description>"
                + items + "</channel></rss>";
    }

    private ParsedFeed parse(String body, FeedType expected) throws FeedParseException {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), null, BASE, expected);
    }

    private FeedParseException failure(String body, FeedType expected) {
        FeedParseException e = catchThrowableOfType(FeedParseException.class,
                () -> parser.parse(body.getBytes(StandardCharsets.UTF_8), null, BASE, expected));
        assertThat(e).as("expected a FeedParseException").isNotNull();
        return e;
    }

    @Test
    void rss2ItemsCarryGuidLinkTitleContentAndDate() throws Exception {
        ParsedFeed feed = parse(rss("""
                <item><title>Bridge &amp; tunnel open</title><link>https://news.example.org/2026/03/01/bridge</link>
                  <guid isPermaLink="false">urn:example:42</guid><pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate>
                  <description>short</description><content:encoded><![CDATA[<p>The <b>full</b> text.</p>]]></content:encoded></item>
                <item><title>No guid here</title><link>/2026/03/02/second</link><description>only a summary</description></item>
                """), null);
        assertThat(feed.type()).isEqualTo(FeedType.RSS);
        assertThat(feed.title()).isEqualTo("Example News");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first).isEqualTo(new FeedItem("urn:example:42", "https://news.example.org/2026/03/01/bridge",
                "Bridge & tunnel open", "<p>The <b>full</b> text.</p>", Instant.parse("2026-03-01T10:00:00Z")));
        FeedItem second = feed.items().get(1);
        assertThat(second.guid()).as("no <guid> means no GUID, not the link").isNull();
        assertThat(second.url()).isEqualTo("https://news.example.org/2026/03/02/second");
        assertThat(second.content()).isEqualTo("only a summary");
        assertThat(second.published()).isNull();
    }

    @Test
    void rss1RdfItemsUseRdfAboutAsGuid() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="https://news.example.org/"><title>RDF News</title><link>https://news.example.org/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://news.example.org/a/1"><title>One</title><link>https://news.example.org/a/1</link></item>
                </rdf:RDF>""", null);
        assertThat(feed.type()).isEqualTo(FeedType.RSS);
        assertThat(feed.items()).extracting(FeedItem::guid).containsExactly("https://news.example.org/a/1");
    }

    @Test
    void atomEntriesWithRelativeLinksAndHtmlTitles() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:feed</id>
                  <updated>2026-03-01T12:00:00Z</updated>
                  <entry><id>tag:example.org,2026:1</id><title type="html">&lt;b&gt;Bold&lt;/b&gt; move</title>
                    <link rel="alternate" href="../story/1"/><updated>2026-03-01T11:00:00Z</updated>
                    <published>2026-03-01T09:30:00+02:00</published>
                    <summary>sum</summary><content type="html">&lt;p&gt;body&lt;/p&gt;</content></entry>
                </feed>""", FeedType.ATOM);
        assertThat(feed.type()).isEqualTo(FeedType.ATOM);
        FeedItem e = feed.items().get(0);
        assertThat(e.guid()).isEqualTo("tag:example.org,2026:1");
        assertThat(e.title()).isEqualTo("Bold move");
        assertThat(e.url()).isEqualTo("https://news.example.org/story/1");
        assertThat(e.content()).isEqualTo("<p>body</p>");
        assertThat(e.published()).isEqualTo(Instant.parse("2026-03-01T07:30:00Z"));
    }

    @Test
    void jsonFeed11() throws Exception {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "JSON News",
                 "items": [
                   {"id": "1", "url": "/2026/03/01/json-story", "title": "Story", "content_html": "<p>Hi</p>",
                    "date_published": "2026-03-01T10:00:00+01:00"},
                   {"id": 2, "external_url": "https://other.example.com/x", "content_text": "plain"},
                   {"id": "3", "url": "javascript:alert(1)", "summary": "s"},
                   "not an object"
                 ]}""", null);
        assertThat(feed.type()).isEqualTo(FeedType.JSONFEED);
        assertThat(feed.title()).isEqualTo("JSON News");
        assertThat(feed.items()).hasSize(3);
        assertThat(feed.items().get(0)).isEqualTo(new FeedItem("1", "https://news.example.org/2026/03/01/json-story", "Story",
                "<p>Hi</p>", Instant.parse("2026-03-01T09:00:00Z")));
        assertThat(feed.items().get(1).guid()).isEqualTo("2");
        assertThat(feed.items().get(1).url()).isEqualTo("https://other.example.com/x");
        assertThat(feed.items().get(2).url()).isNull();
    }

    @Test
    void jsonThatIsNotAFeedIsRefused() {
        assertThat(failure("{\"hello\": \"world\"}", null).getMessage()).contains("not a feed");
        assertThat(failure("{\"items\": [", null).getMessage()).startsWith("invalid JSON");
    }

    @Test
    void p6_relativeLinksResolveAndUnsafeSchemesAreDropped() throws Exception {
        ParsedFeed feed = parse(rss("""
                <item><title>a</title><link>story.html</link></item>
                <item><title>b</title><link>//cdn.example.net/x</link></item>
                <item><title>c</title><link>javascript:alert(document.cookie)</link></item>
                <item><title>d</title><link>data:text/html;base64,PHNjcmlwdD4=</link></item>
                <item><title>e</title><link>  JaVaScRiPt:alert(1)</link></item>
                <item><title>f</title><link>mailto:editor@example.org</link></item>
                <item><title>g</title><link>file:///etc/passwd</link></item>
                <item><title>h</title><link>https://news.example.org/a b#frag</link></item>
                """), null);
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://news.example.org/feeds/story.html", "https://cdn.example.net/x", null, null, null, null, null,
                "https://news.example.org/a%20b");
    }

    @Test
    void p2_htmlAtAFeedUrlIsNotAFeed() {
        String html = "<!DOCTYPE html><html><head><title>Welcome</title></head><body><a href='/2026/03/01/x'>x</a></body></html>";
        assertThat(failure(html, null).getMessage()).startsWith("not a feed: the URL serves an HTML page");
        assertThat(failure(html, FeedType.RSS).getMessage()).startsWith("not a feed");
        assertThat(failure("<html><body>maintenance</body></html>", FeedType.ATOM).getMessage()).startsWith("not a feed");
    }

    @Test
    void p2_snifferSuggestsPageForHtmlAndTheFeedTypeOtherwise() {
        assertThat(FeedSniffer.detect("<!doctype html><html></html>".getBytes(StandardCharsets.UTF_8), "text/html")).contains(FeedType.PAGE);
        assertThat(FeedSniffer.detect(rss("").getBytes(StandardCharsets.UTF_8), null)).contains(FeedType.RSS);
        assertThat(FeedSniffer.detect("<!-- c --><feed xmlns='http://www.w3.org/2005/Atom'/>".getBytes(StandardCharsets.UTF_8), null))
                .contains(FeedType.ATOM);
        assertThat(FeedSniffer.detect("{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[]}".getBytes(StandardCharsets.UTF_8), null))
                .contains(FeedType.JSONFEED);
        assertThat(FeedSniffer.detect("plain words".getBytes(StandardCharsets.UTF_8), null)).isEmpty();
    }

    @Test
    void declaredTypeThatDisagreesWithTheContentFollowsTheContent() throws Exception {
        assertThat(parse(rss("<item><title>a</title></item>"), FeedType.ATOM).type()).isEqualTo(FeedType.RSS);
    }

    @Test
    void p1_truncatedXmlIsAParseError() {
        String truncated = rss("<item><title>a</title></item>").substring(0, 150);
        assertThat(failure(truncated, null).getMessage()).startsWith("invalid XML");
    }

    @Test
    void p1_unclosedTagsAreAParseError() {
        assertThat(failure(rss("<item><title>a</item>"), null).getMessage()).startsWith("invalid XML");
    }

    @Test
    void p1_nulBytesAndOtherForbiddenControlsAreDroppedNotFatal() throws Exception {
        ParsedFeed feed = parse(rss("<item><title>Ti\u0000tle\u0008 here</title><link>/2026/x</link></item>"), null);
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Title here");
    }

    @Test
    void p1_garbageAndEmptyBodiesAreParseErrors() {
        assertThat(failure("\u0000\u0000\u0000", null).getMessage()).isEqualTo("empty document");
        assertThat(failure("%PDF-1.4 binary", null).getMessage()).startsWith("not a feed");
        assertThat(failure("<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", null).getMessage()).startsWith("not a feed");
        FeedParseException empty = catchThrowableOfType(FeedParseException.class,
                () -> parser.parse(new byte[0], null, BASE, null));
        assertThat(empty).hasMessage("empty document");
    }

    @Test
    void charsetOverrideIsPassedThroughTheShortFormToo() throws Exception {
        String xml = rss("<item><title>Песков ответил</title></item>");
        byte[] koi8 = xml.replace("UTF-8", "windows-1251").getBytes(Charset.forName("KOI8-R"));
        ParsedFeed feed = parser.parse(koi8, "text/xml; charset=windows-1251", BASE, null, Charset.forName("KOI8-R"));
        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Песков ответил");
    }

    @Test
    void itemsWithoutAnythingStillParse() throws Exception {
        List<FeedItem> items = parse(rss("<item></item>"), null).items();
        assertThat(items).containsExactly(new FeedItem(null, null, null, null, null));
    }
}
