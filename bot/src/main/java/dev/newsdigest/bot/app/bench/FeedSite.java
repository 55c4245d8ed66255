package dev.newsdigest.bot.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * RSS feeds served on 127.0.0.1 for the start-up and memory benchmarks: {@code /feed/N.xml}, each with
 * {@code items} distinct articles whose full text is in the item (no page fetch), an ETag, and 304 for a matching
 * {@code If-None-Match}. Every tenth feed gains a new item every {@code freshEvery}, so a long run keeps digesting
 * a little, as a real set of sources does. Counts requests and 304s, and remembers when the first request came.
 */
public final class FeedSite implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final int items;
    private final long startNanos = System.nanoTime();
    private final long freshEveryNanos;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicLong firstRequestNanos = new AtomicLong();

    public FeedSite(int items, java.time.Duration freshEvery) throws IOException {
        this.items = items;
        this.freshEveryNanos = freshEvery.toNanos();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "feed-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/feed/", this::serve);
        server.start();
    }

    public String url(int feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + feed + ".xml";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int requests() {
        return requests.get();
    }

    public int notModified() {
        return notModified.get();
    }

    /** System.nanoTime() of the first request, or 0. */
    public long firstRequestNanos() {
        return firstRequestNanos.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            firstRequestNanos.compareAndSet(0, System.nanoTime());
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            int feed;
            try {
                feed = Integer.parseInt(path.substring("/feed/".length(), path.length() - ".xml".length()));
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            long generation = feed % 10 == 0 ? (System.nanoTime() - startNanos) / freshEveryNanos : 0;
            String etag = "\"f" + feed + "-g" + generation + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = rss(feed, generation, items).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** RSS 2.0 of feed {@code feed}: items {@code generation .. generation + items - 1}, full text inside. */
    public static String rss(int feed, long generation, int items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>")
                .append("<title>Feed ").append(feed).append("</title><link>http://bench.example/").append(feed)
                .append("</link><description>bench</description>");
        for (long i = generation; i < generation + items; i++) {
            // A distinct article per item (same seed, same text): near-duplicate detection must not merge them.
            String[] languages = {"en", "ru", "uk"};
            String text = String.join("\n\n", GeneratedNews.article(languages[feed % 3], 2500,
                    new Random(feed * 1_000_003L + i)).paragraphs());
            b.append("<item><title>Story ").append(i).append(" of feed ").append(feed).append("</title><link>http://bench.example/")
                    .append(feed).append('/').append(i).append("</link><guid>urn:bench:").append(feed).append(':').append(i)
                    .append("</guid><description><![CDATA[<p>").append(feed).append('-').append(i).append(". ")
                    .append(text.replace("\n\n", "</p><p>")).append("</p>]]></description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
