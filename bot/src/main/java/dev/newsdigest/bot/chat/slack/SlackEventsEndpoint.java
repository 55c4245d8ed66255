package dev.newsdigest.bot.chat.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newsdigest.bot.http.BotHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /slack/events} on the bot's HTTP server, for Slack's HTTP mode: slash commands, button presses and events.
 * Every request's signature is checked over the raw body first (401 on failure, the app never sees it: I1, I2),
 * then the request is handed to Bolt's {@link App} through Bolt's own request parser. Slack's retries of an event
 * ({@code X-Slack-Retry-Num}) are acknowledged without running the handler again.
 */
public final class SlackEventsEndpoint implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsEndpoint.class);

    private final App app;
    private final SlackSignature signature;
    private final SlackRequestParser parser;

    public SlackEventsEndpoint(App app, SlackSignature signature) {
        this.app = app;
        this.signature = signature;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            BotHttpServer.respond(exchange, 405, "text/plain", "");
            return;
        }
        byte[] raw = BotHttpServer.readBody(exchange);
        if (raw == null) {
            BotHttpServer.respond(exchange, 413, "text/plain", "");
            return;
        }
        String refusal = signature.refusal(exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp"),
                exchange.getRequestHeaders().getFirst("X-Slack-Signature"), raw);
        if (refusal != null) {
            log.warn("refused a Slack request from {}: {}", exchange.getRemoteAddress(), refusal);
            BotHttpServer.respond(exchange, 401, "text/plain", "invalid request\n");
            return;
        }
        if (exchange.getRequestHeaders().getFirst("X-Slack-Retry-Num") != null) {
            // We always acknowledge within 3 s; a retry means the first copy is being (or was) handled.
            BotHttpServer.respond(exchange, 200, "text/plain", "");
            return;
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
        String query = exchange.getRequestURI().getRawQuery();
        SlackRequestParser.HttpRequest httpRequest = SlackRequestParser.HttpRequest.builder()
                .requestUri(exchange.getRequestURI().getPath())
                .queryString(query == null ? Map.of() : QueryStringParser.toMap(query))
                .requestBody(new String(raw, StandardCharsets.UTF_8))
                .headers(new RequestHeaders(headers))
                .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                .build();
        Request<?> request = parser.parse(httpRequest);
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            log.error("Slack request failed", e);
            BotHttpServer.respond(exchange, 500, "text/plain", "");
            return;
        }
        write(exchange, response);
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((k, v) -> v.forEach(x -> exchange.getResponseHeaders().add(k, x)));
        }
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        if (response.getContentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.getContentType());
        }
        exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
