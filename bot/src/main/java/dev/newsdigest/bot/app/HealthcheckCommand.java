package dev.newsdigest.bot.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsdigest healthcheck}: asks a running bot's {@code /healthz} and exits 0 when it answers 2xx. The
 * container HEALTHCHECK uses it, so the runtime image needs no curl or wget.
 */
@Command(name = "healthcheck", mixinStandardHelpOptions = true,
        description = {"Exit 0 when the bot at --url answers its health endpoint with 2xx, 1 otherwise.",
                "Example: newsdigest healthcheck --url http://127.0.0.1:8080/healthz"})
public final class HealthcheckCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/healthz", description = "Default: ${DEFAULT-VALUE}")
    URI url;

    @Option(names = "--timeout", defaultValue = "5", description = "Seconds to wait (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(timeoutSeconds)).GET().build();
        try {
            // The request timeout covers only the headers; the outer get() bounds the whole exchange.
            HttpResponse<String> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .get(timeoutSeconds, TimeUnit.SECONDS);
            boolean ok = response.statusCode() / 100 == 2;
            System.err.println((ok ? "healthy: " : "unhealthy: ") + response.statusCode() + " " + response.body().strip());
            return ok ? 0 : 1;
        } catch (Exception e) {
            System.err.println("unhealthy: " + e);
            return 1;
        }
    }
}
