package dev.newsdigest.bot.config;

import java.util.Locale;

/** What a source's URL serves; {@code PAGE} is an HTML section page whose article links are followed. */
public enum SourceType {
    RSS, ATOM, JSONFEED, PAGE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceType parse(String s) {
        for (SourceType t : values()) {
            if (t.key().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a source type (rss, atom, jsonfeed, page)");
    }
}
