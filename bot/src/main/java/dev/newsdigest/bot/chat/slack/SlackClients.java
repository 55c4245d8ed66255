package dev.newsdigest.bot.chat.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import okhttp3.OkHttpClient;

/** Builds the Slack SDK entry point against {@link SlackApi#apiUrl()} over our sending OkHttp client. */
public final class SlackClients {
    private SlackClients() {
    }

    public static Slack slack(SlackApi api, OkHttpClient http) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.methodsEndpointUrlPrefix());
        // The SDK logs request bodies at debug level; keep message text and tokens out of our logs (L4).
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config, new SlackHttpClient(http));
    }
}
