package dev.newsdigest.bot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** RELIABILITY P8: huge inputs come out bounded. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FeedLimitsTest {
    private static final URI BASE = URI.create("https://news.example.org/rss");
    private final StandardFeedParser parser = new StandardFeedParser();

    @Test
    void p8_fiveMegabyteDescriptionIsTruncated() throws Exception {
        String huge = "word ".repeat(1_000_000);
        String xml = StandardFeedParserTest.rss("<item><title>t</title><description>" + huge + "</description></item>");
        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE, null);
        assertThat(feed.items().get(0).content()).hasSize(ItemLimits.MAX_CONTENT_CHARS);
    }

    @Test
    void p8_hundredThousandItemsKeepTheNewest500InFeedOrder() throws Exception {
        // Oldest first, the unusual order, so "the first 500" would be the wrong answer.
        StringBuilder items = new StringBuilder();
        DateTimeFormatter rfc822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            items.append("<item><guid>g").append(i).append("</guid><pubDate>").append(rfc822.format(start.plusSeconds(60L * i)))
                    .append("</pubDate></item>");
        }
        byte[] body = StandardFeedParserTest.rss(items.toString()).getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isLessThan(15 * 1024 * 1024);   // within the fetcher's byte budget
        ParsedFeed feed = parser.parse(body, null, BASE, null);
        assertThat(feed.items()).hasSize(ItemLimits.MAX_ITEMS);
        assertThat(feed.items().get(0).guid()).isEqualTo("g" + (n - ItemLimits.MAX_ITEMS));
        assertThat(feed.items().get(ItemLimits.MAX_ITEMS - 1).guid()).isEqualTo("g" + (n - 1));
    }

    @Test
    void p8_hundredThousandJsonItemsAreCappedToo() throws Exception {
        StringBuilder json = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[");
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\"}");
        }
        json.append("]}");
        ParsedFeed feed = parser.parse(json.toString().getBytes(StandardCharsets.UTF_8), null, BASE, null);
        assertThat(feed.items()).hasSize(ItemLimits.MAX_ITEMS);
        assertThat(feed.items().get(0).guid()).as("undated: the first ones, as feeds list newest first").isEqualTo("0");
    }

    @Test
    void p8_hugeTitleIsCut() throws Exception {
        String xml = StandardFeedParserTest.rss("<item><title>" + "Заголовок ".repeat(100_000) + "</title></item>");
        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE, null);
        assertThat(feed.items().get(0).title()).hasSizeLessThanOrEqualTo(ItemLimits.MAX_TITLE_CHARS);
    }
}
