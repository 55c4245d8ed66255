package dev.newsdigest.bot.chat.okhttp;

import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
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

    /**
     * Threads for asynchronous calls (TelegramBots' {@code executeAsync}) end this long after their last call, rather
     * than OkHttp's default minute, so clients of finished {@code run --once} passes do not pile up idle threads in a
     * long-lived JVM (RELIABILITY L3); nothing has to shut the dispatcher down, so a late call is never rejected.
     */
    static final Duration DISPATCHER_KEEP_ALIVE = Duration.ofSeconds(5);

    public static OkHttpClient create(Duration connectTimeout, Duration callTimeout) {
        ThreadPoolExecutor dispatcherThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE,
                DISPATCHER_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS, new SynchronousQueue<>(), runnable -> {
                    Thread t = new Thread(runnable, "OkHttp sending");
                    t.setDaemon(false);
                    return t;
                });
        return new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(dispatcherThreads))
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
