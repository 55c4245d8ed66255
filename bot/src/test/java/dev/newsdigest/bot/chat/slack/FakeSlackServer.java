package dev.newsdigest.bot.chat.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake Slack Web API on 127.0.0.1 for the real Slack SDK: {@code auth.test}, {@code chat.postMessage} (scriptable
 * per channel) and response URLs ({@code /response/...}) that record what the bot answered.
 */
public final class FakeSlackServer implements AutoCloseable {

    public static final String BOT_TOKEN = "xoxb-1234567890-1234567890123-TestBotSecret0123456789";
    public static final String APP_TOKEN = "xapp-1-A0123456789-1234567890123-testappsecret0123456789abcdef0123456789abcdef";

    /** Where {@code apps.connections.open} sends Socket Mode clients (set by a Socket Mode test). */
    public volatile String socketModeUrl;

    public record Posted(String channel, String text, JsonNode blocks) {
    }

    public sealed interface Behaviour {
        record Pass() implements Behaviour {
        }

        record Http(int status, String retryAfter) implements Behaviour {
        }

        record Error(String error) implements Behaviour {
        }

        record AcceptThenDrop() implements Behaviour {
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final Map<String, Deque<Behaviour>> scripts = new HashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000L);

    public final List<Posted> posted = new CopyOnWriteArrayList<>();
    public final List<Map<String, String>> postAttempts = new CopyOnWriteArrayList<>();
    public final List<JsonNode> responses = new CopyOnWriteArrayList<>();

    public FakeSlackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public String responseUrl(String id) {
        return baseUrl() + "/response/" + id;
    }

    public synchronized void script(String channel, Behaviour... behaviours) {
        scripts.computeIfAbsent(channel, k -> new ArrayDeque<>()).addAll(List.of(behaviours));
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            if (path.startsWith("/response/")) {
                responses.add(json.readTree(body));
                reply(ex, 200, "text/plain", "ok");
                return;
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
            String token = auth != null ? auth.replaceFirst("^Bearer ", "") : form.get("token");
            if (path.equals("/api/auth.test") && APP_TOKEN.equals(token)) {
                reply(ex, 200, "application/json", "{\"ok\":true,\"team_id\":\"T1\",\"app_id\":\"A1\"}");
                return;
            }
            if (path.equals("/api/apps.connections.open") && APP_TOKEN.equals(token)) {
                reply(ex, 200, "application/json", "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}");
                return;
            }
            if (!BOT_TOKEN.equals(token)) {
                reply(ex, 200, "application/json", "{\"ok\":false,\"error\":\"invalid_auth\"}");
                return;
            }
            switch (path) {
                case "/api/auth.test" -> reply(ex, 200, "application/json",
                        "{\"ok\":true,\"team\":\"T\",\"user\":\"newsdigest\",\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}");
                case "/api/chat.postMessage" -> postMessage(ex, form);
                default -> reply(ex, 200, "application/json", "{\"ok\":false,\"error\":\"unknown_method\"}");
            }
        }
    }

    private void postMessage(HttpExchange ex, Map<String, String> form) throws IOException {
        postAttempts.add(form);
        String channel = form.get("channel");
        Behaviour b;
        synchronized (this) {
            Deque<Behaviour> q = scripts.get(channel);
            b = q == null ? null : q.poll();
        }
        if (b instanceof Behaviour.Http h) {
            if (h.retryAfter() != null) {
                ex.getResponseHeaders().set("Retry-After", h.retryAfter());
            }
            reply(ex, h.status(), "application/json", "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        if (b instanceof Behaviour.Error e) {
            reply(ex, 200, "application/json", "{\"ok\":false,\"error\":\"" + e.error() + "\"}");
            return;
        }
        JsonNode blocks = form.containsKey("blocks") ? json.readTree(form.get("blocks")) : null;
        posted.add(new Posted(channel, form.get("text"), blocks));
        if (b instanceof Behaviour.AcceptThenDrop) {
            return;
        }
        reply(ex, 200, "application/json", "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts.incrementAndGet() / 1000 + "." + ts.get() % 1000 + "\"}");
    }

    static Map<String, String> form(String body) {
        Map<String, String> m = new HashMap<>();
        if (body.isEmpty()) {
            return m;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            m.put(k, v);
        }
        return m;
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
