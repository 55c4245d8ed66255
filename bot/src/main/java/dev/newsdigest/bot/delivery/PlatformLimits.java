package dev.newsdigest.bot.delivery;

import dev.newsdigest.bot.chat.ChatKind;
import dev.newsdigest.bot.chat.Platform;
import java.time.Duration;

/**
 * Sending limits of one platform: a global rate and a minimum spacing between two messages to the same chat.
 * Telegram: about 30 messages a second overall, one a second per private chat, 20 a minute per group or channel
 * (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this). Slack: about one message a
 * second per channel for {@code chat.postMessage} (https://api.slack.com/methods/chat.postMessage#rate_limiting).
 */
public record PlatformLimits(double perSecond, Duration privateSpacing, Duration groupSpacing) {

    public static PlatformLimits telegram() {
        return new PlatformLimits(30, Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    public static PlatformLimits slack() {
        return new PlatformLimits(50, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    public static PlatformLimits unlimited() {
        return new PlatformLimits(1_000_000, Duration.ZERO, Duration.ZERO);
    }

    public static PlatformLimits defaults(Platform p) {
        return switch (p) {
            case TELEGRAM -> telegram();
            case SLACK -> slack();
            case CONSOLE -> unlimited();
        };
    }

    public Duration spacing(ChatKind kind) {
        return kind == ChatKind.PRIVATE ? privateSpacing : groupSpacing;
    }

    /** Nanoseconds between two messages under the global rate. */
    long globalIntervalNanos() {
        return (long) (1_000_000_000L / perSecond);
    }
}
