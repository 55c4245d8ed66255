package dev.newsdigest.bot.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of the process: Telegram webhooks, Slack events ({@code /slack/events}), {@code /healthz} and
 * metrics. It is the JDK's {@code com.sun.net.httpserver} on a bounded pool, because it adds no dependency that
 * could clash with the chat libraries' own (TelegramBots and Bolt bring OkHttp; Bolt's Jetty adapter would fight
 * TelegramBots'). When the pool and its queue are full a request gets 503 instead of piling up.
 */
public final class BotHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BotHttpServer.class);
    /** Largest request body any endpoint accepts (webhook updates and Slack payloads are a few KB). */
    public static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final java.util.Set<String> routes = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public BotHttpServer(String host, int port, int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), r -> {
            Thread t = new Thread(r, "http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, (r, executor) -> {
            throw new java.util.concurrent.RejectedExecutionException("http pool full");
        });
        server.setExecutor(pool);
    }

    /** Serves {@code path} (and everything under it) with {@code handler}; failures become a 500 without details. */
    public BotHttpServer route(String path, HttpHandler handler) {
        routes.add(path);
        server.createContext(path, exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (RuntimeException | IOException e) {
                log.error("{} {} failed", exchange.getRequestMethod(), path, e);
                try {
                    respond(exchange, 500, "text/plain", "internal error\n");
                } catch (IOException | RuntimeException ignored) {
                    // the response was already started; nothing more to say
                }
            }
        });
        return this;
    }

    /** Starts serving; without a {@code /healthz} route of its own, a plain "ok" answers there. */
    public BotHttpServer start() {
        if (!routes.contains("/healthz")) {
            route("/healthz", exchange -> respond(exchange, 200, "text/plain", "ok\n"));
        }
        server.start();
        log.info("HTTP server listening on port {}", port());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops at once; in-flight exchanges are cut. See {@link #stop(int)} for a graceful stop. */
    @Override
    public void close() {
        stop(0);
    }

    /**
     * Stops taking connections and waits up to {@code seconds} for running exchanges. (On JDK 17 the server waits
     * the whole delay even when idle, JDK-8304065, hence no delay by default.)
     */
    public void stop(int seconds) {
        server.stop(seconds);
        pool.shutdownNow();
    }

    /** Reads the body up to {@link #MAX_BODY} bytes; null when it is larger (the caller answers 413). */
    public static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
