package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.BenchSuite;
import dev.newsdigest.bot.app.bench.BoilerplateScore;
import dev.newsdigest.bot.app.bench.GeneratedPages;
import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.text.ArticleExtractor;
import dev.newsdigest.digest.text.HtmlExtractor;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;

/**
 * How much boilerplate each extractor leaves on the generated pages (benchmark 2 of issue 8): the share of the
 * article's sentences kept (recall) and the share of planted non-article sentences left (leak), per page layout.
 *
 * Also the speed of each, in pages per CPU-second of the measuring thread (stable when other processes load the
 * machine, unlike JMH's wall-clock figures), median of seven interleaved rounds after three warm-up rounds.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.newsdigest.bench.ExtractionQuality [pages=90]</pre>
 */
public final class ExtractionQuality {
    private ExtractionQuality() {}

    /** The extractors compared: name to "page HTML in, article text out". */
    static Map<String, Function<GeneratedPages.Page, String>> extractors() {
        ArticleExtractor ours = new ArticleExtractor();
        Map<String, Function<GeneratedPages.Page, String>> m = new LinkedHashMap<>();
        m.put("newsdigest", p -> ours.extract(ArticleInput.ofBytes("page.html", p.bytes())).fullText());
        m.put("readability4j", p -> new Readability4J("https://news.example/article", p.html()).parse().getTextContent());
        return m;
    }

    /** Scores by extractor, then by layout. */
    static Map<String, Map<GeneratedPages.Layout, BoilerplateScore>> score(List<GeneratedPages.Page> pages) {
        Map<String, Map<GeneratedPages.Layout, BoilerplateScore>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Function<GeneratedPages.Page, String>> e : extractors().entrySet()) {
            Map<GeneratedPages.Layout, BoilerplateScore> byLayout = new EnumMap<>(GeneratedPages.Layout.class);
            for (GeneratedPages.Page p : pages) {
                String text;
                try {
                    text = e.getValue().apply(p);
                } catch (RuntimeException ex) {
                    text = "";   // an extractor that gives up keeps nothing: recall 0 for that page
                }
                byLayout.merge(p.layout(), BoilerplateScore.of(p, text), BoilerplateScore::plus);
            }
            out.put(e.getKey(), byLayout);
        }
        return out;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 90;
        List<GeneratedPages.Page> pages = GeneratedPages.pages(n, 100_000, 2);
        System.out.printf("%d generated pages of about 100 KB (en, ru, uk; layouts %s)%n", n,
                List.of(GeneratedPages.Layout.values()));
        System.out.printf("%-14s %-12s %18s %22s%n", "extractor", "layout", "article kept", "boilerplate left");
        for (Map.Entry<String, Map<GeneratedPages.Layout, BoilerplateScore>> e : score(pages).entrySet()) {
            BoilerplateScore all = BoilerplateScore.zero();
            for (Map.Entry<GeneratedPages.Layout, BoilerplateScore> l : e.getValue().entrySet()) {
                print(e.getKey(), l.getKey().name(), l.getValue());
                all = all.plus(l.getValue());
            }
            print(e.getKey(), "ALL", all);
        }
        System.out.println();
        time(pages, n);
    }

    /**
     * Pages per CPU-second of each extractor, the extractors taking turns round by round (so JIT warm-up, GC and
     * other processes' load fall on all of them alike); the pages' bytes are encoded once, beforehand.
     */
    private static void time(List<GeneratedPages.Page> pages, int n) {
        Map<GeneratedPages.Page, byte[]> bytes = new java.util.IdentityHashMap<>();
        pages.forEach(p -> bytes.put(p, p.bytes()));
        ArticleExtractor ours = new ArticleExtractor();
        HtmlExtractor html = new HtmlExtractor();
        Map<String, Function<GeneratedPages.Page, String>> timed = new LinkedHashMap<>();
        timed.put("newsdigest (bytes)", p -> ours.extract(ArticleInput.ofBytes("page.html", bytes.get(p))).fullText());
        // From the decoded string, like Readability4J: the difference to the bytes is decoding and sniffing.
        timed.put("newsdigest (string)", p -> html.extract(p.html(), null).fullText());
        timed.put("readability4j (string)", p -> new Readability4J("https://news.example/article", p.html()).parse()
                .getTextContent());
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int rounds = 7;
        Map<String, double[]> rates = new LinkedHashMap<>();
        timed.keySet().forEach(k -> rates.put(k, new double[rounds]));
        int perRound = Math.min(n, 30);
        for (int round = -3; round < rounds; round++) {
            for (Map.Entry<String, Function<GeneratedPages.Page, String>> e : timed.entrySet()) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long sink = 0;
                for (int i = 0; i < perRound; i++) {
                    sink += e.getValue().apply(pages.get(i % pages.size())).length();
                }
                double seconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
                if (round >= 0 && sink > 0) {
                    rates.get(e.getKey())[round] = perRound / seconds;
                }
            }
        }
        rates.forEach((k, r) -> System.out.printf(Locale.ROOT, "%-24s pages/s per core (CPU time): %s%n", k,
                dev.newsdigest.bot.app.bench.Stats.of(r).spread("%.0f")));
        System.out.printf("load %s%n", BenchSuite.load());
    }

    private static void print(String extractor, String layout, BoilerplateScore s) {
        System.out.printf(Locale.ROOT, "%-14s %-12s %8.1f%% (%4d/%4d) %8.1f%% (%4d/%4d)%n", extractor, layout,
                100 * s.recall(), s.articleFound(), s.articleSentences(), 100 * s.leak(), s.boilerplateFound(),
                s.boilerplateSentences());
    }
}
