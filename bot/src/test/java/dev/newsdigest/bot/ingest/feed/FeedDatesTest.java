package dev.newsdigest.bot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Item dates: the fast java.time path, Rome's lenient fallback, and which element wins. */
class FeedDatesTest {
    private final StandardFeedParser parser = new StandardFeedParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sun, 01 Mar 2026 10:00:00 GMT|2026-03-01T10:00:00Z",
            "Sun, 1 Mar 2026 13:00:00 +0300|2026-03-01T10:00:00Z",
            "01 Mar 2026 10:00:00 GMT|2026-03-01T10:00:00Z",
            "Sun, 01 Mar 2026 05:00:00 EST|2026-03-01T10:00:00Z",
            "2026-03-01T10:00:00Z|2026-03-01T10:00:00Z",
            "2026-03-01T12:00:00+02:00|2026-03-01T10:00:00Z",
            "2026-03-01T10:00:00.123Z|2026-03-01T10:00:00.123Z",
            "2026-03-01T10:00:00|2026-03-01T10:00:00Z"})
    void readsTheFormatsFeedsUse(String text, String expected) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "'not a date at all'", "''"})
    void garbageIsNoDate(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }

    private FeedItem onlyItem(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, URI.create("https://x.example.org/"), null).items().get(0);
    }

    @Test
    void dcDateIsUsedWhenThereIsNoPubDate() throws Exception {
        FeedItem item = onlyItem("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title>"
                + "<link>https://x.example.org/</link><description>d</description>"
                + "<item><title>a</title><dc:date>2026-03-01T10:00:00Z</dc:date></item></channel></rss>");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void pubDateWinsOverDcDate() throws Exception {
        FeedItem item = onlyItem("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title>"
                + "<link>https://x.example.org/</link><description>d</description><item><title>a</title>"
                + "<dc:date>2020-01-01T00:00:00Z</dc:date><pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate></item></channel></rss>");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void atomUpdatedIsTheFallbackForPublished() throws Exception {
        FeedItem item = onlyItem("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>f</id>"
                + "<updated>2026-03-02T00:00:00Z</updated><entry><id>e</id><title>a</title>"
                + "<updated>2026-03-01T10:00:00Z</updated></entry></feed>");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void anOddFormatStillParsesThroughRome() throws Exception {
        FeedItem item = onlyItem(StandardFeedParserTest.rss("<item><title>a</title><pubDate>Sun, 01 Mar 26 10:00:00 GMT</pubDate></item>"));
        assertThat(item.published()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void datesStayWithTheirItemsWhenSomeItemsHaveNone() throws Exception {
        var items = parser.parse(StandardFeedParserTest.rss(
                "<item><title>a</title></item><item><title>b</title><pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate></item>"
                        + "<item><title>c</title></item>").getBytes(StandardCharsets.UTF_8), null, URI.create("https://x.example.org/"), null)
                .items();
        assertThat(items).extracting(FeedItem::title).containsExactly("a", "b", "c");
        assertThat(items).extracting(FeedItem::published).containsExactly(null, Instant.parse("2026-03-01T10:00:00Z"), null);
    }
}
