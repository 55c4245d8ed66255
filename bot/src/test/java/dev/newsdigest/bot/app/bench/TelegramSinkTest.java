package dev.newsdigest.bot.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The benchmark's fake Bot API posts what it may and answers 429 with retry_after as Telegram does. */
class TelegramSinkTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(TelegramSink sink, String token, String method, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sink.url() + "/bot" + token + "/" + method))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The limits' clock, moved by the test only. */
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void secondMessageToAChatWithinASecondIsRefusedWithRetryAfter() throws Exception {
        try (TelegramSink sink = new TelegramSink(nanos::get)) {
            HttpResponse<String> first = call(sink, TelegramSink.TOKEN, "sendMessage", "{\"chat_id\": 42, \"text\": \"a\"}");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("\"ok\":true").contains("\"message_id\":1");
            HttpResponse<String> second = call(sink, TelegramSink.TOKEN, "sendMessage", "{\"chat_id\": 42, \"text\": \"b\"}");
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.body()).contains("\"retry_after\":1");
            assertThat(call(sink, TelegramSink.TOKEN, "sendMessage", "{\"chat_id\": 43, \"text\": \"c\"}").statusCode())
                    .as("another chat is not held back").isEqualTo(200);
            nanos.addAndGet(1_000_000_000L);
            assertThat(call(sink, TelegramSink.TOKEN, "sendMessage", "{\"chat_id\": 42, \"text\": \"b\"}").statusCode())
                    .as("a second later").isEqualTo(200);
            assertThat(sink.accepted()).isEqualTo(3);
            assertThat(sink.throttled()).isEqualTo(1);
        }
    }

    @Test
    void moreThanThirtyMessagesAtOnceAreThrottledOverall() throws Exception {
        try (TelegramSink sink = new TelegramSink(nanos::get)) {
            for (int chat = 0; chat < 40; chat++) {
                call(sink, TelegramSink.TOKEN, "sendMessage", "{\"chat_id\": " + (1000 + chat) + ", \"text\": \"x\"}");
            }
            assertThat(sink.accepted()).isEqualTo(30);
            assertThat(sink.throttled()).isEqualTo(10);
            nanos.addAndGet(250_000_000L);   // a quarter of a second refills 7.5
            for (int chat = 40; chat < 50; chat++) {
                call(sink, TelegramSink.TOKEN, "sendMessage", "{\"chat_id\": " + (1000 + chat) + ", \"text\": \"x\"}");
            }
            assertThat(sink.accepted()).isEqualTo(37);
        }
    }

    @Test
    void aWrongTokenIsUnauthorizedAndOtherMethodsSucceed() throws Exception {
        try (TelegramSink sink = new TelegramSink()) {
            assertThat(call(sink, "1:wrong", "getMe", "{}").statusCode()).isEqualTo(401);
            assertThat(call(sink, TelegramSink.TOKEN, "getMe", "{}").body()).contains("\"is_bot\":true");
            assertThat(call(sink, TelegramSink.TOKEN, "getUpdates", "{\"timeout\": 0}").body()).contains("\"result\":[]");
            assertThat(call(sink, TelegramSink.TOKEN, "setMyCommands", "{}").body()).contains("\"result\":true");
        }
    }
}
