package dev.newsdigest.digest.lang;

import java.util.Locale;

/** The languages the engine reads, plus UNKNOWN for everything else (reported, never guessed). */
public enum Language {
    RU, UK, EN, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isCyrillic() {
        return this == RU || this == UK;
    }

    public static Language fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "ru", "rus", "russian" -> RU;
            case "uk", "ua", "ukr", "ukrainian" -> UK;
            case "en", "eng", "english" -> EN;
            default -> UNKNOWN;
        };
    }
}
