package dev.newsdigest.bot.chat;

import java.util.Locale;
import java.util.Optional;

/** Languages of the bot's own messages (not of the news, which stays as published). */
public enum BotLanguage {
    EN, RU, UK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<BotLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.equals("ua")) {
            c = "uk"; // people often write the country code
        }
        for (BotLanguage l : values()) {
            if (l.code().equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
