package dev.newsdigest.bot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newsdigest.bot.http.BotHttpServer;
import java.io.IOException;

/**
 * {@code GET /healthz}: 200 with {@code {"status":"up","components":{...}}} when every probe is up, 503 with
 * {@code "status":"down"} otherwise, so a load balancer or the container HEALTHCHECK
 * ({@code newsdigest healthcheck}) takes a sick instance out.
 */
public final class HealthEndpoint implements HttpHandler {
    private final HealthCheck health;
    private final ObjectMapper json = new ObjectMapper();

    public HealthEndpoint(HealthCheck health) {
        this.health = health;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            BotHttpServer.respond(exchange, 405, "text/plain", "GET only\n");
            return;
        }
        HealthCheck.Report r = health.run();
        ObjectNode body = json.createObjectNode().put("status", r.up() ? "up" : "down");
        ObjectNode components = body.putObject("components");
        r.components().forEach((name, s) -> components.putObject(name).put("status", s.up() ? "up" : "down")
                .put("detail", s.detail()));
        BotHttpServer.respond(exchange, r.up() ? 200 : 503, "application/json", json.writeValueAsString(body) + "\n");
    }
}
