package dev.newsdigest.bot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code page} sources: which links on a section page are articles. */
class SectionPageReaderTest {
    private static final URI BASE = URI.create("https://www.example-news.com/politics/");
    private final StandardFeedParser parser = new StandardFeedParser();

    private ParsedFeed page(String body) throws FeedParseException {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", BASE, FeedType.PAGE);
    }

    @Test
    void articleLinksAreFoundAndNavigationIsSkipped() throws Exception {
        ParsedFeed feed = page("""
                <!DOCTYPE html><html><head><title>Politics | Example News</title></head><body>
                <header><a href="/2026/03/01/header-promo-story">Promo in the site header</a>
                  <nav><a href="/">Home</a><a href="/politics/">Politics</a><a href="/world/">World</a></nav></header>
                <main>
                  <article><header><h2><a href="/2026/03/01/minister-resigns-after-vote">Minister resigns after vote</a></h2></header>
                    <a href="/2026/03/01/minister-resigns-after-vote"><img src="/img/1.jpg"></a></article>
                  <article><h2><a href="https://news.example-news.com/politics/budget-talks-stall-again-in-parliament">Budget talks stall</a></h2></article>
                  <div><a href="/politics/123456">Story by numeric id</a></div>
                  <div><a href="/politics/story.html">Story page</a></div>
                  <div><a href="/tag/elections">Elections</a> <a href="/category/politics/2026">Category</a>
                    <a href="/author/jane-doe-writes-a-lot-here">Jane Doe</a> <a href="/login?next=/2026/1">Log in</a>
                    <a href="/search?q=2026">Search</a> <a href="/politics/page/2">More</a></div>
                  <div><a href="https://other-site.org/2026/03/01/not-ours">Other site</a>
                    <a href="javascript:void(0)">JS</a> <a href="mailto:desk@example-news.com">Mail</a>
                    <a href="/files/report-2026.pdf">Report</a> <a href="#top">Top</a> <a href="/politics/">Self</a>
                    <a href="/2026/03/01/minister-resigns-after-vote#comments">Comments</a></div>
                </main>
                <aside><a href="/2026/02/28/most-read-yesterday">Most read</a></aside>
                <footer><a href="/2026/01/01/footer-link-story">Footer</a><a href="/about">About</a></footer>
                </body></html>""");
        assertThat(feed.type()).isEqualTo(FeedType.PAGE);
        assertThat(feed.title()).isEqualTo("Politics | Example News");
        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
                "https://www.example-news.com/2026/03/01/minister-resigns-after-vote",
                "https://news.example-news.com/politics/budget-talks-stall-again-in-parliament",
                "https://www.example-news.com/politics/123456",
                "https://www.example-news.com/politics/story.html");
        assertThat(feed.items().get(0).title()).isEqualTo("Minister resigns after vote");
        assertThat(feed.items()).allSatisfy(i -> {
            assertThat(i.guid()).isNull();
            assertThat(i.content()).isNull();
            assertThat(i.published()).isNull();
        });
    }

    @Test
    void cyrillicSlugsAndPercentEncodedPathsWork() throws Exception {
        ParsedFeed feed = page("<html><body><main><a href=\"/новости/2026/03/01/песков-ответил\">Песков ответил</a></main></body></html>");
        assertThat(feed.items()).hasSize(1);
        assertThat(feed.items().get(0).url()).startsWith("https://www.example-news.com/%D0%BD%D0%BE%D0%B2");
        assertThat(feed.items().get(0).title()).isEqualTo("Песков ответил");
    }

    @Test
    void aPageWithoutArticleLinksGivesNoItems() throws Exception {
        assertThat(page("<html><body><a href='/about'>About</a></body></html>").items()).isEmpty();
    }

    @Test
    void p8_aPageWithTenThousandLinksIsCapped() throws Exception {
        StringBuilder html = new StringBuilder("<html><body><main>");
        for (int i = 0; i < 10_000; i++) {
            html.append("<a href=\"/news/").append(100_000 + i).append("\">Story ").append(i).append("</a>");
        }
        assertThat(page(html.append("</main></body></html>").toString()).items()).hasSize(ItemLimits.MAX_ITEMS);
    }
}
