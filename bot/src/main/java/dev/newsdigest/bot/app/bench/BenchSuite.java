package dev.newsdigest.bot.app.bench;

import dev.newsdigest.bot.config.Secret;
import dev.newsdigest.bot.config.StorageConfig;
import dev.newsdigest.bot.ingest.feed.FeedParseException;
import dev.newsdigest.bot.ingest.feed.StandardFeedParser;
import dev.newsdigest.bot.storage.Database;
import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.DigestEngine;
import dev.newsdigest.digest.UnreadableArticleException;
import dev.newsdigest.digest.text.ArticleExtractor;
import dev.newsdigest.digest.text.ArticleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The quick benchmark behind {@code newsdigest bench}: the headline figures without JMH, in well under a minute
 * at {@link Size#QUICK}. Every figure goes to the report map (name to value) as well as to the printed output, so
 * a test can check that each one was produced and is sane. Throughput figures are the median of several rounds
 * with their spread; rates per core come from the worker threads' CPU time, which stays meaningful when other
 * processes load the machine (the wall-clock rate is printed next to it, with the load average).
 */
public final class BenchSuite {

    /** How much work each section does. QUICK is the CLI default; TINY is for tests (seconds). */
    public record Size(int textArticles, int textPerRound, int pages, int pagesPerRound, int corpusPerRound,
                       int warmups, int rounds, int quotes, int people, int queryCalls, boolean startup) {
        public static final Size TINY = new Size(12, 6, 3, 2, 4, 1, 2, 2_000, 300, 20, true);
        // 50,000 quotes keep the whole quick run under a minute on a loaded 2-core machine (seeding is half of it);
        // the full-size query figures come from QueryCpuReport and the JMH QueryBenchmark.
        public static final Size QUICK = new Size(150, 80, 30, 15, 30, 1, 3, 50_000, 5_000, 200, true);
    }

    private final Size size;
    private final Path dataDir;
    private final PrintWriter out;
    private final Map<String, Double> report = new LinkedHashMap<>();

    public BenchSuite(Size size, Path dataDir, PrintWriter out) {
        this.size = size;
        this.dataDir = dataDir;
        this.out = out;
    }

    /** Runs every section; returns the figures by name. */
    public Map<String, Double> run() throws Exception {
        long t0 = System.nanoTime();
        machine();
        DigestEngine engine = engineLoad();
        int cores = Runtime.getRuntime().availableProcessors();
        List<ArticleInput> texts = GeneratedNews.articles(size.textArticles(), 3000, 1).stream()
                .map(a -> ArticleInput.ofText("generated:" + a.language(), a.asText())).toList();
        List<GeneratedPages.Page> pages = GeneratedPages.pages(size.pages(), 100_000, 2);
        List<ArticleInput> pageInputs = pages.stream().map(p -> ArticleInput.ofBytes("generated.html", p.bytes())).toList();

        section("Digest engine end to end (articles/s)");
        digest(engine, "text-3k", texts, size.textPerRound(), cores);
        digest(engine, "html-100k", pageInputs, size.pagesPerRound(), cores);
        Map<String, List<ArticleInput>> corpora = SharedCorpora.load(dataDir);
        if (corpora.isEmpty()) {
            out.printf("  corpora: skipped (%s is absent)%n", dataDir);
        }
        for (Map.Entry<String, List<ArticleInput>> c : corpora.entrySet()) {
            digest(engine, c.getKey(), c.getValue(), size.corpusPerRound(), cores);
        }

        section("Extraction alone and feed parsing");
        extraction(pages, pageInputs);
        feedParsing();

        section("Chat queries (H2, " + size.quotes() + " quotes, " + size.people() + " people)");
        queries();

        section("Start-up and heap");
        heap();
        if (size.startup()) {
            startup();
        }
        out.printf(Locale.ROOT, "%ntotal %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
        return report;
    }

    private void machine() {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "machine: %d cores, %s %s; JVM %s %s; max heap %d MiB%n", rt.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), rt.maxMemory() >> 20);
        out.printf(Locale.ROOT, "load average at start: %s%n", load());
        report.put("cores", (double) rt.availableProcessors());
    }

    private DigestEngine engineLoad() {
        long t0 = System.nanoTime();
        DigestEngine engine = DigestEngine.create();
        for (GeneratedNews.Article a : GeneratedNews.articles(3, 1500, 0)) {   // en, ru, uk: every dictionary
            engine.digest(ArticleInput.ofText("warm-up", a.asText()));
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        out.printf(Locale.ROOT, "engine: created and first en, ru, uk articles digested in %.0f ms (cold; dictionaries"
                + " load once)%n", ms);
        report.put("engine.load.ms", ms);
        return engine;
    }

    private void digest(DigestEngine engine, String name, List<ArticleInput> inputs, int perRound, int cores)
            throws InterruptedException {
        double kb = inputs.stream().mapToInt(i -> i.bytes().length).average().orElse(0) / 1024;
        Throughput.Result one = Throughput.measure(name, inputs, 1, size.warmups(), size.rounds(), perRound,
                in -> digestOne(engine, in));
        Throughput.Result all = Throughput.measure(name, inputs, cores, size.warmups(), size.rounds(),
                Math.max(1, perRound / 2), in -> digestOne(engine, in));
        out.printf(Locale.ROOT, "  %-28s %4d inputs, %6.1f KB avg%n", name, inputs.size(), kb);
        out.printf(Locale.ROOT, "    1 thread : per core (CPU time) %s; wall %s%n", one.cpuPerCore().spread("%.1f"),
                one.wall().spread("%.1f"));
        out.printf(Locale.ROOT, "    %d threads: total (wall) %s; per core (CPU time) %s; load %s%n", cores,
                all.wall().spread("%.1f"), all.cpuPerCore().spread("%.1f"), load());
        if (one.failures() + all.failures() > 0) {
            out.printf("    (%d inputs unreadable: counted, not digested)%n", one.failures() + all.failures());
        }
        report.put("digest." + name + ".percore", one.cpuPerCore().median());
        report.put("digest." + name + ".wall1", one.wall().median());
        report.put("digest." + name + ".wallAll", all.wall().median());
    }

    private static int digestOne(DigestEngine engine, ArticleInput in) {
        try {
            Digest d = engine.digest(in);
            return d.quotes().size() + d.people().size() + d.text().length();
        } catch (UnreadableArticleException e) {
            return -1;
        }
    }

    private void extraction(List<GeneratedPages.Page> pages, List<ArticleInput> inputs) throws InterruptedException {
        ArticleExtractor extractor = new ArticleExtractor();
        Throughput.Result r = Throughput.measure("extract", inputs, 1, size.warmups(), size.rounds(),
                size.pagesPerRound(), in -> extractor.extract(in).fullText().length());
        BoilerplateScore score = BoilerplateScore.zero();
        for (GeneratedPages.Page p : pages) {
            ArticleText t = extractor.extract(ArticleInput.ofBytes("p.html", p.bytes()));
            score = score.plus(BoilerplateScore.of(p, t.fullText()));
        }
        out.printf(Locale.ROOT, "  extraction of 100 KB pages, 1 thread: per core (CPU time) %s pages/s; wall %s%n",
                r.cpuPerCore().spread("%.1f"), r.wall().spread("%.1f"));
        out.printf(Locale.ROOT, "  extraction quality on %d pages: article sentences kept %.1f%%, planted boilerplate"
                + " sentences left %.1f%% (%d of %d)%n", pages.size(), 100 * score.recall(), 100 * score.leak(),
                score.boilerplateFound(), score.boilerplateSentences());
        report.put("extract.percore", r.cpuPerCore().median());
        report.put("extract.recall", score.recall());
        report.put("extract.leak", score.leak());
    }

    private void feedParsing() throws InterruptedException {
        StandardFeedParser parser = new StandardFeedParser();
        List<byte[]> feeds = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            feeds.add(FeedSite.rss(f, 0, 20).getBytes(StandardCharsets.UTF_8));
        }
        URI base = URI.create("http://bench.example/feed.xml");
        Throughput.Result r = Throughput.measure("feeds", feeds, 1, size.warmups(), size.rounds(), 20, body -> {
            try {
                return parser.parse(body, "application/rss+xml; charset=utf-8", base, null).items().size();
            } catch (FeedParseException e) {
                return -1;
            }
        });
        double kb = feeds.stream().mapToInt(b -> b.length).average().orElse(0) / 1024;
        out.printf(Locale.ROOT, "  feed parsing (RSS, 20 items, %.0f KB), 1 thread: per core (CPU time) %s feeds/s; wall %s%n",
                kb, r.cpuPerCore().spread("%.0f"), r.wall().spread("%.0f"));
        report.put("feeds.percore", r.cpuPerCore().median());
    }

    private void queries() throws Exception {
        Path dir = Files.createTempDirectory("newsdigest-bench-db");
        try {
            StorageConfig config = new StorageConfig("jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath(), null,
                    Secret.empty(), 2);
            try (Database db = Database.open(config)) {
                long t0 = System.nanoTime();
                QuoteDbSeeder.Seeded seeded = QuoteDbSeeder.seed(db, size.people(), size.quotes(),
                        Instant.parse("2025-06-01T12:00:00Z"), 3);
                out.printf(Locale.ROOT, "  seeded %d quotes of %d people in %d articles in %.1f s%n", seeded.quotes(),
                        seeded.people(), seeded.articles(), (System.nanoTime() - t0) / 1e9);
                Map<String, QueryLatency.Latency> latency = QueryLatency.measure(db, seeded, size.queryCalls() / 4,
                        size.queryCalls(), 4);
                for (Map.Entry<String, QueryLatency.Latency> e : latency.entrySet()) {
                    Stats s = e.getValue().wall();
                    Stats cpu = e.getValue().cpu();
                    out.printf(Locale.ROOT, "  %-18s wall p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms | CPU p50 %6.2f ms  p99 %6.2f"
                            + " ms  (%d calls)%n", e.getKey(), s.median(), s.p99(), s.max(), cpu.median(), cpu.p99(), s.n());
                    String key = "query." + e.getKey().replace("/", "").replace(' ', '.').toLowerCase(Locale.ROOT);
                    report.put(key + ".p50", s.median());
                    report.put(key + ".p99", s.p99());
                    report.put(key + ".cpu.p99", cpu.p99());
                }
                out.printf("  load %s (target p99 < 20 ms; CPU = the query's own cost on this thread, embedded H2; the"
                        + " full-size run is the JMH QueryBenchmark)%n", load());
            }
        } finally {
            deleteTree(dir);
        }
    }

    private void heap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.printf(Locale.ROOT, "  this process: heap after GC %d MiB (engine dictionaries and the bench's inputs),"
                + " peak %d MiB of max %d MiB%n", used >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        report.put("heap.afterGc.mib", (double) (used >> 20));
    }

    private void startup() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("newsdigest-bench-run");
        try {
            RunProbe.Result r = RunProbe.run(1, Duration.ZERO, "256m", dir);
            if (r.startupMillis() < 0 || r.firstPollMillis() < 0) {
                out.printf("  start-up: the child did not poll; its log:%n%s%n", tail(r.log()));
                report.put("startup.ms", -1.0);
                return;
            }
            out.printf(Locale.ROOT, "  start-up (`newsdigest run`, -Xmx256m, fresh H2): JVM launch to first poll %d ms"
                    + " (includes %d ms of scheduler jitter); first poll digested and stored at %d ms; load %s%n",
                    r.startupMillis(), r.jitterMillis(), r.firstPollMillis(), load());
            if (r.liveMiB() >= 0) {
                out.printf("  heap of that bot after its first poll: %d MiB live after a full GC%n", r.liveMiB());
                report.put("startup.live.mib", (double) r.liveMiB());
            }
            report.put("startup.ms", (double) r.startupMillis());
            report.put("startup.firstPoll.ms", (double) r.firstPollMillis());
        } finally {
            deleteTree(dir);
        }
    }

    private void section(String title) {
        out.printf("%n%s%n", title);
        out.flush();
    }

    /** The 1-minute load average and the core count, e.g. "3.52/2 cores"; other processes distort wall times. */
    public static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.2f/%d cores", l, Runtime.getRuntime().availableProcessors());
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        String s = Files.readString(log, StandardCharsets.UTF_8);
        return s.length() > 3000 ? s.substring(s.length() - 3000) : s;
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
