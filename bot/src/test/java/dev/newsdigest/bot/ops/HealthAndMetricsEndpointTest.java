package dev.newsdigest.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.chat.Platform;
import dev.newsdigest.bot.delivery.OutboxStore;
import dev.newsdigest.bot.http.BotHttpServer;
import dev.newsdigest.bot.ingest.PollOutcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /healthz} and {@code /metrics} on the bot's one HTTP server. */
class HealthAndMetricsEndpointTest {
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final HealthCheck health = new HealthCheck(Duration.ofMillis(500));
    private final BotMetrics metrics = new BotMetrics();
    private BotHttpServer http;

    @BeforeEach
    void start() throws Exception {
        http = new BotHttpServer("127.0.0.1", 0, 2);
        http.route("/healthz", new HealthEndpoint(health)).route("/metrics", new MetricsEndpoint(metrics)).start();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIs200WhenEveryProbeIsUpAnd503WhenOneIsDownOrHangs() throws Exception {
        AtomicBoolean dbUp = new AtomicBoolean(true);
        health.register("database", () -> dbUp.get() ? HealthCheck.Status.up("postgresql")
                : HealthCheck.Status.down("not reachable"));
        health.register("scheduler", () -> HealthCheck.Status.up("clustered"));

        HttpResponse<String> ok = get("/healthz");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json.readTree(ok.body());
        assertThat(body.path("status").asText()).isEqualTo("up");
        assertThat(body.path("components").path("database").path("detail").asText()).isEqualTo("postgresql");

        dbUp.set(false);
        HttpResponse<String> down = get("/healthz");
        assertThat(down.statusCode()).isEqualTo(503);
        JsonNode d = json.readTree(down.body());
        assertThat(d.path("status").asText()).isEqualTo("down");
        assertThat(d.path("components").path("database").path("status").asText()).isEqualTo("down");
        assertThat(d.path("components").path("scheduler").path("status").asText()).isEqualTo("up");

        // A probe that hangs (a database that stopped answering) makes the answer "down" after the timeout.
        dbUp.set(true);
        health.register("telegram", () -> {
            Thread.sleep(10_000);
            return HealthCheck.Status.up("never");
        });
        HttpResponse<String> hung = get("/healthz");
        assertThat(hung.statusCode()).isEqualTo(503);
        assertThat(json.readTree(hung.body()).path("components").path("telegram").path("detail").asText())
                .contains("no answer");
        // A probe that throws is down too, with the exception's kind only.
        health.register("telegram", () -> {
            throw new IllegalStateException("secret detail");
        });
        HttpResponse<String> thrown = get("/healthz");
        assertThat(thrown.statusCode()).isEqualTo(503);
        assertThat(thrown.body()).contains("IllegalStateException").doesNotContain("secret detail");
    }

    @Test
    void metricsArePrometheusTextWithTheBotsCountersAndTheJvm() throws Exception {
        metrics.poll(new PollOutcome("a", PollOutcome.Status.FRESH, null, "", PollOutcome.Counts.NONE, Duration.ZERO, null));
        metrics.poll(new PollOutcome("b", PollOutcome.Status.FAILED, "TIMEOUT", "slow", PollOutcome.Counts.NONE,
                Duration.ZERO, null));
        metrics.ingestEvents().stored(3);
        metrics.ingestEvents().pageFetchFailed("TOO_LARGE");
        metrics.deliveryEvents().outcome(Platform.TELEGRAM, "sent");
        metrics.deliveryEvents().outcome(Platform.TELEGRAM, "sent");
        metrics.deliveryEvents().outcome(Platform.SLACK, "retry_after");
        metrics.commandObserver().handled("quotes", Platform.TELEGRAM, Duration.ofMillis(40), "ok");
        Instant oldest = Instant.now().minusSeconds(90);
        metrics.outbox(() -> new OutboxStore.Backlog(7, oldest));
        AtomicBoolean leader = new AtomicBoolean(true);
        metrics.leader("delivery", leader::get);

        HttpResponse<String> r = get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        String text = r.body();
        assertThat(text).contains("newsdigest_polls_total{outcome=\"fresh\"} 1.0",
                "newsdigest_polls_total{outcome=\"failed\"} 1.0",
                "newsdigest_fetch_failures_total{reason=\"TIMEOUT\"} 1.0",
                "newsdigest_fetch_failures_total{reason=\"TOO_LARGE\"} 1.0",
                "newsdigest_articles_stored_total 1.0", "newsdigest_quotes_stored_total 3.0",
                "newsdigest_deliveries_total{outcome=\"sent\",platform=\"telegram\"} 2.0",
                "newsdigest_deliveries_total{outcome=\"retry_after\",platform=\"slack\"} 1.0",
                "newsdigest_command_seconds_count{command=\"quotes\",outcome=\"ok\",platform=\"telegram\"} 1",
                "newsdigest_outbox_depth 7.0", "newsdigest_leader{role=\"delivery\"} 1.0",
                "jvm_memory_used_bytes{", "jvm_threads_live_threads ", "process_cpu_usage ");
        double age = Double.parseDouble(text.lines().filter(l -> l.startsWith("newsdigest_outbox_oldest_age_seconds "))
                .findFirst().orElseThrow().split(" ")[1]);
        assertThat(age).isBetween(89.0, 200.0);
        leader.set(false);
        assertThat(get("/metrics").body()).contains("newsdigest_leader{role=\"delivery\"} 0.0");
    }
}
