package dev.newsdigest.bot.ingest;

import dev.newsdigest.bot.config.SourceConfig;
import java.util.List;
import java.util.Locale;

/**
 * A source's {@code include}/{@code exclude} keywords, checked against the feed item's title and content before
 * anything is fetched: with includes, at least one must occur; no exclude may occur. Case-insensitive substring
 * match, so "Песков" also matches "Пескова".
 */
public final class KeywordFilter {
    private final List<String> include;
    private final List<String> exclude;

    public KeywordFilter(List<String> include, List<String> exclude) {
        this.include = lower(include);
        this.exclude = lower(exclude);
    }

    public static KeywordFilter of(SourceConfig source) {
        return new KeywordFilter(source.include(), source.exclude());
    }

    public boolean accepts(String title, String content) {
        if (include.isEmpty() && exclude.isEmpty()) {
            return true;
        }
        String text = ((title == null ? "" : title) + "\n" + (content == null ? "" : content)).toLowerCase(Locale.ROOT);
        for (String word : exclude) {
            if (text.contains(word)) {
                return false;
            }
        }
        if (include.isEmpty()) {
            return true;
        }
        for (String word : include) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
