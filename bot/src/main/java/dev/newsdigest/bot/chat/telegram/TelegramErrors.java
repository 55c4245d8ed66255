package dev.newsdigest.bot.chat.telegram;

import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.okhttp.RequestProgress;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Maps a failed Bot API call to a {@link SendResult} (https://core.telegram.org/bots/api#making-requests and the
 * error strings bots meet in practice):
 * <ul>
 *   <li>429 with {@code parameters.retry_after} → {@link SendResult.RetryAfter} (D1)</li>
 *   <li>400 with {@code parameters.migrate_to_chat_id} → {@link SendResult.Migrated} (D4)</li>
 *   <li>403 (blocked, kicked, deactivated, chat deleted) and 400 "chat not found" → {@link SendResult.ChatGone} (D3)</li>
 *   <li>400 "can't parse entities" and other 400s → {@link SendResult.Rejected} (D5)</li>
 *   <li>5xx, 401, and network failures before the request was written → {@link SendResult.Unavailable} (D6, D8)</li>
 *   <li>network failures after the request was written → {@link SendResult.InDoubt} (D7)</li>
 * </ul>
 */
final class TelegramErrors {

    /** Telegram's wording when HTML parse mode fails. */
    static final String CANT_PARSE = "can't parse entities";

    private TelegramErrors() {
    }

    static SendResult fromApi(TelegramApiRequestException e, int partsSent) {
        Integer code = e.getErrorCode();
        String description = e.getApiResponse() == null ? String.valueOf(e.getMessage()) : e.getApiResponse();
        String lower = description.toLowerCase(Locale.ROOT);
        ResponseParameters params = e.getParameters();
        if (params != null && params.getMigrateToChatId() != null) {
            return new SendResult.Migrated(String.valueOf(params.getMigrateToChatId()), partsSent);
        }
        if (code == null) {
            // The body was not a Bot API answer (a proxy's error page): the request reached something; retry later.
            return new SendResult.Unavailable("unreadable response: " + description, partsSent);
        }
        if (code == 429) {
            int seconds = params != null && params.getRetryAfter() != null ? params.getRetryAfter() : 1;
            return new SendResult.RetryAfter(Duration.ofSeconds(Math.max(1, seconds)), partsSent);
        }
        if (code == 403 || (code == 400 && (lower.contains("chat not found") || lower.contains("chat_not_found")))) {
            return new SendResult.ChatGone(description);
        }
        if (code >= 500 || code == 401 || code == 404 || code == 409) {
            // 401/404: a bad token or API URL is an operator problem; keep the posts until it is fixed.
            return new SendResult.Unavailable(code + " " + description, partsSent);
        }
        return new SendResult.Rejected(code + " " + description, partsSent);
    }

    static boolean cannotParseEntities(SendResult r) {
        return r instanceof SendResult.Rejected rej && rej.reason().toLowerCase(Locale.ROOT).contains(CANT_PARSE);
    }

    static SendResult fromNetwork(Throwable e, RequestProgress progress, int partsSent) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (progress != null && !progress.requestStarted() && (e instanceof IOException || e.getCause() instanceof IOException)) {
            return new SendResult.Unavailable("network: " + reason, partsSent);
        }
        return new SendResult.InDoubt("no answer after the request was sent: " + reason, partsSent);
    }
}
