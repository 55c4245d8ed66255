package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.FeedSite;
import dev.newsdigest.bot.app.bench.GeneratedPages;
import dev.newsdigest.bot.ingest.feed.FeedParseException;
import dev.newsdigest.bot.ingest.feed.ParsedFeed;
import dev.newsdigest.bot.ingest.feed.StandardFeedParser;
import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.text.ArticleExtractor;
import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.HtmlExtractor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2 of issue 8: article extraction alone on the generated 100 KB pages, newsdigest's extractor side by
 * side with Readability4J (the jsoup port of Mozilla Readability), and feed parsing alone. Pages per second on
 * one thread. How much boilerplate each leaves is {@link ExtractionQuality}.
 *
 * <ul>
 *   <li>{@code newsdigestBytes}: what the engine does, from raw bytes (charset detection, HTML sniffing, extraction);</li>
 *   <li>{@code newsdigestHtml}: from the decoded string, like for like with Readability4J;</li>
 *   <li>{@code readability4j}: {@code new Readability4J(url, html).parse().getTextContent()}.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class ExtractionBenchmark {
    List<byte[]> bytes;
    List<String> html;
    List<byte[]> feeds;
    final ArticleExtractor extractor = new ArticleExtractor();
    final HtmlExtractor htmlExtractor = new HtmlExtractor();
    final StandardFeedParser parser = new StandardFeedParser();
    final URI feedUri = URI.create("http://bench.example/feed.xml");
    int next;

    @Setup
    public void setUp() {
        List<GeneratedPages.Page> pages = Inputs.pages();
        bytes = pages.stream().map(GeneratedPages.Page::bytes).toList();
        html = pages.stream().map(GeneratedPages.Page::html).toList();
        feeds = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            feeds.add(FeedSite.rss(f, 0, 20).getBytes(StandardCharsets.UTF_8));
        }
    }

    private int index(int size) {
        return Math.floorMod(next++, size);
    }

    @Benchmark
    public ArticleText newsdigestBytes() {
        return extractor.extract(ArticleInput.ofBytes("page.html", bytes.get(index(bytes.size()))));
    }

    @Benchmark
    public ArticleText newsdigestHtml() {
        return htmlExtractor.extract(html.get(index(html.size())), null);
    }

    @Benchmark
    public String readability4j() {
        return new Readability4J("https://news.example/article", html.get(index(html.size()))).parse().getTextContent();
    }

    /** RSS 2.0 with 20 full-text items (about 60 KB), through the bot's parser (Rome, with its XXE guards). */
    @Benchmark
    public ParsedFeed feedParse() throws FeedParseException {
        return parser.parse(feeds.get(index(feeds.size())), "application/rss+xml; charset=utf-8", feedUri, null);
    }
}
