package dev.newsdigest.bot.chat.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newsdigest.bot.http.BotHttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Telegram webhook endpoint on the bot's own HTTP server. Telegram sends the secret given to {@code setWebhook}
 * in {@code X-Telegram-Bot-Api-Secret-Token} (https://core.telegram.org/bots/api#setwebhook); TelegramBots does not
 * check it, so this does, in constant time. A missing or wrong secret gets 403 and the update is not processed
 * (RELIABILITY.md I4). The update is handled before answering 200, so Telegram redelivers it if we die midway and
 * the deduplicator drops the second copy.
 */
public final class TelegramWebhook implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final byte[] secret;
    private final TelegramUpdateHandler handler;
    private final ObjectMapper json;

    public TelegramWebhook(String secret, TelegramUpdateHandler handler, ObjectMapper json) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{16,256}")) {
            // Telegram allows 1-256 of these characters; we insist on a real secret.
            throw new IllegalArgumentException("telegram webhook secret must be 16-256 characters of A-Z a-z 0-9 _ -");
        }
        this.secret = secret.getBytes(StandardCharsets.US_ASCII);
        this.handler = handler;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            BotHttpServer.respond(exchange, 405, "text/plain", "");
            return;
        }
        String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.US_ASCII))) {
            log.warn("webhook request without the right secret token from {}", exchange.getRemoteAddress());
            BotHttpServer.respond(exchange, 403, "text/plain", "forbidden\n");
            return;
        }
        byte[] body = BotHttpServer.readBody(exchange);
        if (body == null) {
            BotHttpServer.respond(exchange, 413, "text/plain", "");
            return;
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (IOException e) {
            log.warn("unreadable webhook update: {}", e.getMessage());
            BotHttpServer.respond(exchange, 400, "text/plain", "");
            return;
        }
        handler.handle(update);
        BotHttpServer.respond(exchange, 200, "text/plain", "");
    }
}
