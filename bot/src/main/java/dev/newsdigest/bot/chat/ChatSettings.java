package dev.newsdigest.bot.chat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Per-chat preferences set with {@code /settings}.
 *
 * @param mode     post each story as it arrives, or collect them into an hourly or daily digest
 * @param dailyAt  local time of the daily digest (ignored for the other modes)
 * @param zone     time zone of {@code dailyAt}
 * @param language language of the bot's own messages
 */
public record ChatSettings(DeliveryMode mode, LocalTime dailyAt, ZoneId zone, BotLanguage language) {

    public enum DeliveryMode {
        INSTANT, HOURLY, DAILY
    }

    public ChatSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(dailyAt, "dailyAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(language, "language");
    }

    public static ChatSettings defaults() {
        return new ChatSettings(DeliveryMode.INSTANT, LocalTime.of(8, 0), ZoneId.of("UTC"), BotLanguage.EN);
    }

    public ChatSettings withMode(DeliveryMode m) {
        return new ChatSettings(m, dailyAt, zone, language);
    }

    public ChatSettings withDaily(LocalTime at, ZoneId z) {
        return new ChatSettings(DeliveryMode.DAILY, at, z, language);
    }

    public ChatSettings withLanguage(BotLanguage l) {
        return new ChatSettings(mode, dailyAt, zone, l);
    }
}
