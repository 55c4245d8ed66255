package dev.newsdigest.bot.ingest.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsdigest.bot.ingest.feed.FeedParseException;
import dev.newsdigest.bot.ingest.feed.ParsedFeed;
import dev.newsdigest.bot.ingest.feed.StandardFeedParser;
import dev.newsdigest.bot.ingest.fetch.FetchRequest;
import dev.newsdigest.bot.ingest.fetch.FetchResult;
import dev.newsdigest.bot.ingest.fetch.FetchSettings;
import dev.newsdigest.bot.ingest.fetch.HttpFetcher;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CLI benchmark of the fetch and parse layer (not a test): N RSS feeds of 20 items served by a JDK HttpServer on
 * 127.0.0.1 with ETag/Last-Modified, polled twice by a bounded pool through {@link HttpFetcher} and
 * {@link StandardFeedParser}; the second pass sends the validators. Prints wall time, feeds per second, peak
 * used heap (sampled every 5 ms, server included) and the share of 304s on the second pass.
 *
 * <pre>
 * mvn -B -q package -DskipTests && mvn -B -q -pl bot -am test-compile -DskipTests
 * java -Xmx256m -cp bot/target/test-classes:bot/target/newsdigest.jar \
 *      dev.newsdigest.bot.ingest.bench.FetchParseBench [feeds=1000] [workers=16]
 * </pre>
 */
public final class FetchParseBench {
    private static final String ITEM = "<item><title>Story %d of feed %d: the council met and voted on the plan</title>"
            + "<link>https://news.example.org/%d/%d</link><guid>feed-%d-item-%d</guid>"
            + "<pubDate>Sun, 01 Mar 2026 10:%02d:00 GMT</pubDate><description>%s</description></item>";

    public static void main(String[] args) throws Exception {
        int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        AtomicInteger notModifiedServed = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/feed/", exchange -> serve(exchange, notModifiedServed));
        server.start();
        int port = server.getAddress().getPort();
        FetchSettings settings = FetchSettings.defaults().withAllowHosts(Set.of("127.0.0.1:" + port));
        Map<Integer, String[]> validators = new ConcurrentHashMap<>();
        try (HttpFetcher fetcher = new HttpFetcher(settings)) {
            StandardFeedParser parser = new StandardFeedParser();
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            try {
                pass("warm-up", 100, port, fetcher, parser, pool, new ConcurrentHashMap<>(), false);
                notModifiedServed.set(0);
                Result first = pass("pass 1", feeds, port, fetcher, parser, pool, validators, false);
                Result second = pass("pass 2", feeds, port, fetcher, parser, pool, validators, true);
                System.out.printf("feeds=%d workers=%d%n%s%n%s%n", feeds, workers, first, second);
                System.out.printf("pass 2: %d of %d answered 304 (%.1f%%)%n", second.notModified, feeds,
                        100.0 * second.notModified / feeds);
            } finally {
                pool.shutdownNow();
            }
        } finally {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private record Result(String name, long millis, int fresh, int notModified, int failed, long items, long peakHeapBytes) {
        @Override
        public String toString() {
            return String.format("%s: %d ms (%.0f feeds/s), fresh=%d notModified=%d failed=%d items=%d, peak heap %.1f MiB",
                    name, millis, (fresh + notModified + failed) * 1000.0 / Math.max(1, millis), fresh, notModified, failed,
                    items, peakHeapBytes / 1048576.0);
        }
    }

    private static Result pass(String name, int feeds, int port, HttpFetcher fetcher, StandardFeedParser parser,
                               ExecutorService pool, Map<Integer, String[]> validators, boolean conditional) throws Exception {
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        AtomicInteger fresh = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong items = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < feeds; i++) {
            int id = i;
            futures.add(pool.submit(() -> {
                String[] v = conditional ? validators.get(id) : null;
                URI uri = URI.create("http://127.0.0.1:" + port + "/feed/" + id + ".xml");
                FetchResult r = fetcher.fetch(new FetchRequest(uri, v == null ? null : v[0], v == null ? null : v[1], null));
                if (r instanceof FetchResult.Fresh f) {
                    validators.put(id, new String[] {f.etag(), f.lastModified()});
                    try {
                        ParsedFeed parsed = parser.parse(f.body(), f.contentType(), f.finalUri(), null);
                        items.addAndGet(parsed.items().size());
                        fresh.incrementAndGet();
                    } catch (FeedParseException e) {
                        failed.incrementAndGet();
                    }
                } else if (r instanceof FetchResult.NotModified) {
                    notModified.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.stop();
        return new Result(name, millis, fresh.get(), notModified.get(), failed.get(), items.get(), sampler.peak());
    }

    private static void serve(HttpExchange exchange, AtomicInteger notModifiedServed) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int id = Integer.parseInt(path.substring("/feed/".length(), path.indexOf(".xml")));
            String etag = "\"v1-" + id + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", "Sun, 01 Mar 2026 10:00:00 GMT");
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModifiedServed.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                    + "<title>Feed " + id + "</title><link>https://news.example.org/</link><description>d</description>");
            String text = "The mayor said the bridge would open next week after three years of work. ".repeat(6);
            for (int i = 0; i < 20; i++) {
                xml.append(String.format(ITEM, i, id, id, i, id, i, i, text));
            }
            byte[] body = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Samples used heap every 5 ms; the maximum is the peak the pass needed (garbage included, so an upper bound). */
    private static final class HeapSampler implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "heap-sampler");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
