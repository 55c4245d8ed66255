package dev.newsdigest.bot.chat.okhttp;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client for posting messages to chat platforms. Two settings matter for "post exactly once":
 * <ul>
 *   <li>{@code retryOnConnectionFailure(false)}: OkHttp would otherwise silently repeat a POST whose connection
 *       broke after the request was written, which can post a message twice (D7);</li>
 *   <li>{@link RequestProgress#LISTENER_FACTORY}: lets the gateways tell a definite failure from one in doubt.</li>
 * </ul>
 * A call deadline covers the whole exchange including the body, so a server that never answers cannot hold a
 * delivery worker.
 */
public final class SendingHttpClient {
    private SendingHttpClient() {
    }

    public static OkHttpClient create(Duration connectTimeout, Duration callTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(callTimeout)
                .writeTimeout(callTimeout)
                .callTimeout(callTimeout)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .eventListenerFactory(RequestProgress.LISTENER_FACTORY)
                .build();
    }

    /** 10 s to connect, 30 s for the whole call. */
    public static OkHttpClient standard() {
        return create(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }
}
