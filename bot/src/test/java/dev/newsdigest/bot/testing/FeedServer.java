package dev.newsdigest.bot.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 for ingest tests (the network edge is the only thing faked): feeds with ETag
 * support, error statuses, slow answers, redirects, article pages. Counts requests and 304s per path.
 */
public final class FeedServer implements AutoCloseable {
    /** Handles one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();

    public FeedServer() throws IOException {
        this(16);
    }

    public FeedServer(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "feed-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Handler h = routes.get(path);
            try {
                if (h == null) {
                    send(exchange, 404, "text/plain", "not found");
                } else {
                    h.handle(exchange);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away (timeout, kill): nothing to do
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void route(String path, Handler handler) {
        routes.put(path, handler);
    }

    /** A feed with a strong ETag; a request with a matching If-None-Match gets 304. */
    public void feed(String path, String xml) {
        String etag = "\"" + Integer.toHexString(xml.hashCode()) + "\"";
        route(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                ex.getResponseHeaders().set("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            send(ex, 200, "application/rss+xml; charset=utf-8", xml);
        });
    }

    /** A feed served without validators: every poll gets the whole body. */
    public void feedWithoutValidators(String path, String xml) {
        route(path, ex -> send(ex, 200, "application/rss+xml; charset=utf-8", xml));
    }

    public void status(String path, int code) {
        route(path, ex -> send(ex, code, "text/plain", "status " + code));
    }

    public void slow(String path, long millis, String body) {
        route(path, ex -> {
            Thread.sleep(millis);
            send(ex, 200, "application/rss+xml", body);
        });
    }

    public void redirect(String path, String location) {
        route(path, ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(302, -1);
        });
    }

    public void page(String path, String html) {
        route(path, ex -> send(ex, 200, "text/html; charset=utf-8", html));
    }

    public int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    public int notModified(String path) {
        AtomicInteger n = notModified.get(path);
        return n == null ? 0 : n.get();
    }

    public int totalNotModified() {
        return notModified.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int totalRequests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public static void send(HttpExchange ex, int code, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** An RSS 2.0 document. Each item: {guid, link, title, html content}. */
    public static String rss(String title, String[]... items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>").append(title).append("</title><link>http://example.org/</link><description>test</description>");
        for (String[] item : items) {
            b.append("<item><guid isPermaLink=\"false\">").append(item[0]).append("</guid><link>").append(item[1])
                    .append("</link><title>").append(item[2]).append("</title><description><![CDATA[")
                    .append(item[3]).append("]]></description><pubDate>Mon, 20 Jan 2025 10:00:00 GMT</pubDate></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
