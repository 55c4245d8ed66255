package dev.newsdigest.bot.chat.slack;

import dev.newsdigest.bot.chat.SendResult;
import dev.newsdigest.bot.chat.okhttp.RequestProgress;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Maps Slack Web API outcomes to {@link SendResult} (https://api.slack.com/methods/chat.postMessage#errors,
 * https://api.slack.com/docs/rate-limits): HTTP 429 with {@code Retry-After} → retry after (D2); a channel that is
 * gone or that we were removed from → chat gone; an unusable message → rejected; HTTP 5xx and
 * {@code service_unavailable} → unavailable; {@code fatal_error} ("some aspect of the operation may have
 * succeeded") and lost answers → in doubt.
 */
final class SlackErrors {

    static final Set<String> GONE = Set.of("channel_not_found", "is_archived", "not_in_channel", "account_inactive",
            "user_not_found", "team_access_not_granted", "channel_is_archived");
    static final Set<String> AUTH = Set.of("invalid_auth", "not_authed", "token_revoked", "token_expired",
            "missing_scope", "no_permission");
    static final Set<String> BAD_BLOCKS = Set.of("invalid_blocks", "invalid_blocks_format", "msg_blocks_too_long");

    private SlackErrors() {
    }

    static SendResult fromError(String error, int partsSent) {
        if (error == null) {
            return new SendResult.Unavailable("unknown Slack error", partsSent);
        }
        if (GONE.contains(error)) {
            return new SendResult.ChatGone(error);
        }
        if (error.equals("ratelimited") || error.equals("rate_limited")) {
            return new SendResult.RetryAfter(Duration.ofSeconds(1), partsSent);
        }
        if (error.equals("fatal_error")) {
            return new SendResult.InDoubt(error, partsSent);
        }
        if (AUTH.contains(error) || error.equals("service_unavailable") || error.equals("internal_error")
                || error.equals("request_timeout")) {
            return new SendResult.Unavailable(error, partsSent);
        }
        return new SendResult.Rejected(error, partsSent);
    }

    static SendResult fromHttp(int status, String retryAfter, int partsSent) {
        if (status == 429) {
            long seconds = 1;
            try {
                seconds = Math.max(1, Long.parseLong(retryAfter == null ? "1" : retryAfter.strip()));
            } catch (NumberFormatException ignored) {
                // Slack sends seconds; anything else: wait a second
            }
            return new SendResult.RetryAfter(Duration.ofSeconds(seconds), partsSent);
        }
        return new SendResult.Unavailable("HTTP " + status, partsSent);
    }

    static SendResult fromNetwork(IOException e, RequestProgress progress, int partsSent) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (progress != null && !progress.requestStarted()) {
            return new SendResult.Unavailable("network: " + reason, partsSent);
        }
        return new SendResult.InDoubt("no answer after the request was sent: " + reason, partsSent);
    }
}
