package dev.newsdigest.bot.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A Telegram Bot API on 127.0.0.1 that accepts what the bot posts, for the memory benchmark with many subscribed
 * chats ({@link RunProbe}): {@code getMe}, {@code getUpdates} (long polling that finds nothing new), {@code
 * sendMessage}, and {@code true} for the rest ({@code setMyCommands}, {@code deleteWebhook}). It enforces Telegram's
 * limits the way the platform does, 30 messages a second overall and one a second per private chat, answering
 * 429 with {@code retry_after} beyond them (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this),
 * so the bot's outbox works at the pace it would against Telegram. Counts accepted messages and 429s.
 */
public final class TelegramSink implements AutoCloseable {
    /** A syntactically valid token; the sink accepts only this one. */
    public static final String TOKEN = "100000:bench-token_newsdigest";
    private static final double PER_SECOND = 30;
    private static final long PER_CHAT_NANOS = 1_000_000_000L;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicLong messageIds = new AtomicLong();
    private final Map<String, Long> lastPerChat = new HashMap<>();
    private final LongSupplier nanoClock;
    private double tokens = PER_SECOND;
    private long refilledAt;

    public TelegramSink() throws IOException {
        this(System::nanoTime);
    }

    /** With the clock the limits are counted by (tests freeze it). */
    TelegramSink(LongSupplier nanoClock) throws IOException {
        this.nanoClock = nanoClock;
        this.refilledAt = nanoClock.getAsLong();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "telegram-sink");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL for {@code telegram.apiUrl}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Messages accepted (posted). */
    public int accepted() {
        return accepted.get();
    }

    /** sendMessage calls answered 429. */
    public int throttled() {
        return throttled.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                reply(ex, 401, error(401, "Unauthorized", null));
                return;
            }
            switch (path.substring(prefix.length()).toLowerCase(Locale.ROOT)) {
                case "getme" -> reply(ex, 200, ok(json.createObjectNode().put("id", 100000).put("is_bot", true)
                        .put("first_name", "Bench").put("username", "BenchDigestBot")));
                case "getupdates" -> {
                    pause(Math.min(2_000, json.readTree(body).path("timeout").asLong(0) * 1000));
                    reply(ex, 200, ok(json.createArrayNode()));
                }
                case "sendmessage" -> sendMessage(ex, json.readTree(body));
                default -> reply(ex, 200, ok(json.getNodeFactory().booleanNode(true)));
            }
        }
    }

    private void sendMessage(HttpExchange ex, JsonNode req) throws IOException {
        String chatId = req.path("chat_id").asText();
        Integer retryAfter = admit(chatId);
        if (retryAfter != null) {
            throttled.incrementAndGet();
            reply(ex, 429, error(429, "Too Many Requests: retry after " + retryAfter, retryAfter));
            return;
        }
        accepted.incrementAndGet();
        ObjectNode msg = json.createObjectNode().put("message_id", messageIds.incrementAndGet())
                .put("date", System.currentTimeMillis() / 1000).put("text", req.path("text").asText());
        msg.putObject("chat").put("id", Long.parseLong(chatId)).put("type", "private");
        reply(ex, 200, ok(msg));
    }

    /** Null when the message may go now, else the seconds to wait. */
    private synchronized Integer admit(String chatId) {
        long now = nanoClock.getAsLong();
        tokens = Math.min(PER_SECOND, tokens + (now - refilledAt) / 1e9 * PER_SECOND);
        refilledAt = now;
        Long last = lastPerChat.get(chatId);
        if (last != null && now - last < PER_CHAT_NANOS) {
            return 1;
        }
        if (tokens < 1) {
            return 1;
        }
        tokens -= 1;
        lastPerChat.put(chatId, now);
        return null;
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode n = json.createObjectNode().put("ok", true);
        n.set("result", result);
        return n;
    }

    private ObjectNode error(int code, String description, Integer retryAfter) {
        ObjectNode n = json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            n.putObject("parameters").put("retry_after", retryAfter);
        }
        return n;
    }

    private void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
