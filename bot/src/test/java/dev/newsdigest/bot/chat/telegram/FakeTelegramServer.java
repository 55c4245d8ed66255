package dev.newsdigest.bot.chat.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake Telegram Bot API on 127.0.0.1 for driving the real TelegramBots client: {@code getMe},
 * {@code setMyCommands}, {@code setWebhook}, {@code deleteWebhook}, {@code answerCallbackQuery},
 * {@code getUpdates} (from a queue) and {@code sendMessage}, which validates HTML with {@link StrictTelegramHtml}
 * like Telegram does and can be scripted per chat to fail the ways Telegram fails.
 */
public final class FakeTelegramServer implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-token_abc";

    /** One message Telegram accepted (and would show). */
    public record Sent(long messageId, String chatId, String text, String parseMode, String shown, JsonNode replyMarkup) {
    }

    /** What the next sendMessage to a chat does. */
    public sealed interface Behaviour {
        /** Behave normally. */
        record Pass() implements Behaviour {
        }

        record Fail(int code, String description, Integer retryAfter, Long migrateTo) implements Behaviour {
        }

        /** Accept and record the message, then drop the connection without answering (D7). */
        record AcceptThenDrop() implements Behaviour {
        }

        /** Drop the connection after reading the request, without posting (a definite failure seen as in doubt). */
        record DropWithoutPosting() implements Behaviour {
        }
    }

    public static Behaviour tooManyRequests(int retryAfter) {
        return new Behaviour.Fail(429, "Too Many Requests: retry after " + retryAfter, retryAfter, null);
    }

    public static Behaviour blocked() {
        return new Behaviour.Fail(403, "Forbidden: bot was blocked by the user", null, null);
    }

    public static Behaviour migrated(long newId) {
        return new Behaviour.Fail(400, "Bad Request: group chat was upgraded to a supergroup chat", null, newId);
    }

    public static Behaviour serverError() {
        return new Behaviour.Fail(502, "Bad Gateway", null, null);
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final AtomicLong messageIds = new AtomicLong(1000);
    private final Map<String, Deque<Behaviour>> scripts = new HashMap<>();
    private final Deque<ObjectNode> updates = new ArrayDeque<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);

    /**
     * Telegram's limits as the benchmark enforces them: a token bucket of 30 messages refilled at 30 a second
     * overall, at most one message a second per private chat and 20 a minute per group; anything beyond gets 429
     * with {@code retry_after}.
     */
    public static final class Limits {
        private final double perSecond = 30;
        private double tokens = 30;
        private long refilledAt = System.nanoTime();
        private final Map<String, Deque<Long>> perChat = new HashMap<>();
        public final AtomicInteger throttled = new AtomicInteger();
        /** Why each 429 was given: "chat ID" (per-chat limit) or "global", with the time in ms since start. */
        public final List<String> throttleLog = new CopyOnWriteArrayList<>();
        private final long startedAt = System.nanoTime();

        synchronized Integer check(String chatId) {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            boolean group = chatId.startsWith("-");
            Deque<Long> times = perChat.computeIfAbsent(chatId, k -> new ArrayDeque<>());
            long window = group ? 60_000_000_000L : 1_000_000_000L;
            int allowed = group ? 20 : 1;
            while (!times.isEmpty() && now - times.peekFirst() >= window) {
                times.pollFirst();
            }
            if (times.size() >= allowed) {
                throttled.incrementAndGet();
                throttleLog.add("chat " + chatId + " at " + (now - startedAt) / 1_000_000 + " ms, previous "
                        + (now - times.peekLast()) / 1_000_000 + " ms before");
                return (int) Math.max(1, Math.ceil((window - (now - times.peekFirst())) / 1e9));
            }
            if (tokens < 1) {
                throttled.incrementAndGet();
                throttleLog.add("global at " + (now - startedAt) / 1_000_000 + " ms");
                return 1;
            }
            tokens -= 1;
            times.addLast(now);
            return null;
        }
    }

    private volatile Limits limits;
    /**
     * Keep updates after the client confirmed them (a higher offset): a new session, which starts from offset 0,
     * then gets them again, as after a crash before the offset advanced (I4).
     */
    public volatile boolean redeliverAfterRestart;
    /** Delay before answering an accepted sendMessage (the message is already "posted"): widens the C2 window. */
    public volatile int answerDelayMillis;

    /** Turns on limit enforcement (off by default so functional tests are not timing-dependent). */
    public Limits enforceLimits() {
        limits = new Limits();
        return limits;
    }

    public final List<Sent> sent = new CopyOnWriteArrayList<>();
    /** update_id → how many times getUpdates handed it out. */
    public final Map<Integer, Integer> handedOut = new java.util.concurrent.ConcurrentHashMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final List<JsonNode> sendAttempts = new CopyOnWriteArrayList<>();
    public final List<JsonNode> answered = new CopyOnWriteArrayList<>();

    public FakeTelegramServer() throws IOException {
        this(0);
    }

    /** On a given port (0: any), so a test can stop the API and bring it back at the same address (D6). */
    public FakeTelegramServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized void script(String chatId, Behaviour... behaviours) {
        scripts.computeIfAbsent(chatId, k -> new ArrayDeque<>()).addAll(List.of(behaviours));
    }

    /** Queues a text message from a user for getUpdates; returns its update_id. */
    public int queueMessage(long chatId, String chatType, long userId, String text) {
        ObjectNode u = messageUpdate(nextUpdateId.getAndIncrement(), chatId, chatType, userId, text);
        synchronized (updates) {
            updates.add(u);
        }
        return u.get("update_id").asInt();
    }

    /** The JSON of a message update, as Telegram would send it to a webhook. */
    public ObjectNode messageUpdate(int updateId, long chatId, String chatType, long userId, String text) {
        ObjectNode u = json.createObjectNode();
        u.put("update_id", updateId);
        ObjectNode m = u.putObject("message");
        m.put("message_id", updateId + 10);
        m.put("date", 1_700_000_000);
        m.put("text", text);
        m.putObject("chat").put("id", chatId).put("type", chatType);
        m.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "User" + userId);
        if (text.startsWith("/")) {
            ArrayNode e = m.putArray("entities");
            e.addObject().put("type", "bot_command").put("offset", 0).put("length", text.split(" ")[0].length());
        }
        return u;
    }

    public List<Sent> sentTo(String chatId) {
        return sent.stream().filter(s -> s.chatId().equals(chatId)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body = ex.getRequestBody().readAllBytes();
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                reply(ex, 401, error(401, "Unauthorized", null, null));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(java.util.Locale.ROOT);
            calls.add(method);
            switch (method) {
                case "getme" -> reply(ex, 200, ok(json.createObjectNode().put("id", 1).put("is_bot", true)
                        .put("first_name", "News").put("username", "NewsDigestBot")));
                case "getupdates" -> getUpdates(ex, json.readTree(body));
                case "sendmessage" -> sendMessage(ex, json.readTree(body));
                case "answercallbackquery" -> {
                    answered.add(json.readTree(body));
                    reply(ex, 200, ok(json.getNodeFactory().booleanNode(true)));
                }
                default -> reply(ex, 200, ok(json.getNodeFactory().booleanNode(true)));
            }
        }
    }

    private void getUpdates(HttpExchange ex, JsonNode req) throws IOException {
        long offset = req.path("offset").asLong(0);
        ArrayNode result = json.createArrayNode();
        long deadline = System.currentTimeMillis() + 300;
        while (result.isEmpty() && System.currentTimeMillis() < deadline) {
            synchronized (updates) {
                if (!redeliverAfterRestart) {
                    updates.removeIf(u -> u.get("update_id").asLong() < offset);
                }
                updates.stream().filter(u -> u.get("update_id").asLong() >= offset).forEach(result::add);
            }
            if (result.isEmpty()) {
                sleep(20);
            }
        }
        result.forEach(u -> handedOut.merge(u.get("update_id").asInt(), 1, Integer::sum));
        reply(ex, 200, ok(result));
    }

    private void sendMessage(HttpExchange ex, JsonNode req) throws IOException {
        sendAttempts.add(req);
        String chatId = req.path("chat_id").asText();
        Behaviour b;
        synchronized (this) {
            Deque<Behaviour> q = scripts.get(chatId);
            b = q == null ? null : q.poll();
        }
        if (b instanceof Behaviour.Fail f) {
            reply(ex, f.code(), error(f.code(), f.description(), f.retryAfter(), f.migrateTo()));
            return;
        }
        if (b instanceof Behaviour.DropWithoutPosting) {
            return; // closing the exchange without a response drops the connection
        }
        Limits l = limits;
        Integer retryAfter = l == null ? null : l.check(chatId);
        if (retryAfter != null) {
            reply(ex, 429, error(429, "Too Many Requests: retry after " + retryAfter, retryAfter, null));
            return;
        }
        String text = req.path("text").asText();
        String parseMode = req.hasNonNull("parse_mode") ? req.get("parse_mode").asText() : null;
        String shown;
        if ("HTML".equals(parseMode)) {
            try {
                shown = StrictTelegramHtml.parse(text).text();
            } catch (StrictTelegramHtml.ParseError e) {
                reply(ex, 400, error(400, e.getMessage(), null, null));
                return;
            }
        } else {
            shown = text;
        }
        if (shown.isEmpty() || shown.length() > 4096) {
            reply(ex, 400, error(400, "Bad Request: message text is empty or too long", null, null));
            return;
        }
        long id = messageIds.incrementAndGet();
        sent.add(new Sent(id, chatId, text, parseMode, shown, req.get("reply_markup")));
        if (b instanceof Behaviour.AcceptThenDrop) {
            return;
        }
        if (answerDelayMillis > 0) {
            sleep(answerDelayMillis);
        }
        ObjectNode msg = json.createObjectNode().put("message_id", id).put("date", 1_700_000_000).put("text", shown);
        msg.putObject("chat").put("id", Long.parseLong(chatId)).put("type", "private");
        reply(ex, 200, ok(msg));
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode n = json.createObjectNode().put("ok", true);
        n.set("result", result);
        return n;
    }

    private ObjectNode error(int code, String description, Integer retryAfter, Long migrateTo) {
        ObjectNode n = json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null || migrateTo != null) {
            ObjectNode p = n.putObject("parameters");
            if (retryAfter != null) {
                p.put("retry_after", retryAfter);
            }
            if (migrateTo != null) {
                p.put("migrate_to_chat_id", migrateTo);
            }
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

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public List<String> shownTexts(String chatId) {
        List<String> out = new ArrayList<>();
        sentTo(chatId).forEach(s -> out.add(s.shown()));
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
