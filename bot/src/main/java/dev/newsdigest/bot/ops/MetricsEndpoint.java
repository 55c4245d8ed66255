package dev.newsdigest.bot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newsdigest.bot.http.BotHttpServer;
import java.io.IOException;

/** {@code GET /metrics}: the Prometheus text exposition format (version 0.0.4) of {@link BotMetrics}. */
public final class MetricsEndpoint implements HttpHandler {
    private final BotMetrics metrics;

    public MetricsEndpoint(BotMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            BotHttpServer.respond(exchange, 405, "text/plain", "GET only\n");
            return;
        }
        // respond() appends the charset: text/plain; version=0.0.4; charset=utf-8
        BotHttpServer.respond(exchange, 200, "text/plain; version=0.0.4", metrics.scrape());
    }
}
