package dev.newsdigest.bot.chat.okhttp;

import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * How far one HTTP call got, so a failure can be classified: a failure before the request headers started going out
 * is definite (the platform never saw the message, retry is safe); a failure after that is in doubt (the platform
 * may have posted it: RELIABILITY.md D7).
 *
 * <p>The platform clients (TelegramBots, the Slack SDK) build their own requests, so the progress is attached
 * through OkHttp's {@link EventListener.Factory}: OkHttp creates a call's listener inside {@code newCall}, on the
 * thread that starts the call, which is the thread inside {@link #during}.
 */
public final class RequestProgress {

    private static final ThreadLocal<RequestProgress> CURRENT = new ThreadLocal<>();

    private volatile boolean requestStarted;
    private volatile boolean responseStarted;

    /** The listener factory to install on every OkHttp client that posts messages. */
    public static final EventListener.Factory LISTENER_FACTORY = call -> {
        RequestProgress p = CURRENT.get();
        return p == null ? EventListener.NONE : p.new Listener();
    };

    /** The result of starting a call, and the progress object its listener updates. */
    public record Tracked<T>(T result, RequestProgress progress) {
    }

    /** Runs {@code start} (which must create its OkHttp call on this thread) with progress tracking. */
    public static <T> Tracked<T> during(Supplier<T> start) {
        RequestProgress p = new RequestProgress();
        CURRENT.set(p);
        try {
            return new Tracked<>(start.get(), p);
        } finally {
            CURRENT.remove();
        }
    }

    /** True once any byte of the request may have been written: from then on a failure is in doubt. */
    public boolean requestStarted() {
        return requestStarted;
    }

    public boolean responseStarted() {
        return responseStarted;
    }

    private final class Listener extends EventListener {
        @Override
        public void requestHeadersStart(Call call) {
            requestStarted = true;
        }

        @Override
        public void responseHeadersEnd(Call call, Response response) {
            responseStarted = true;
        }
    }
}
