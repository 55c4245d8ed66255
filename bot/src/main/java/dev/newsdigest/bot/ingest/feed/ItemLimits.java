package dev.newsdigest.bot.ingest.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;

/**
 * Bounds on what one parse may return (RELIABILITY P8): a 100 000-item feed or a 5 MB description must not turn
 * into 100 000 articles to digest or a 5 MB row. Applied after parsing, on Strings the byte budget already bounded.
 */
final class ItemLimits {
    /** Items kept per fetch; a feed that grows faster than this between polls loses its oldest items, not the newest. */
    static final int MAX_ITEMS = 500;
    /** Characters of content kept per item; longer bodies are cut (the digest engine needs far less). */
    static final int MAX_CONTENT_CHARS = 256 * 1024;
    static final int MAX_TITLE_CHARS = 1000;
    static final int MAX_GUID_CHARS = 2048;

    private ItemLimits() {}

    /** At most {@link #MAX_ITEMS}: the newest by date (undated ones ranked by position), kept in feed order. */
    static List<FeedItem> newest(List<FeedItem> items) {
        if (items.size() <= MAX_ITEMS) {
            return items;
        }
        Comparator<Integer> newestFirst = Comparator.comparing((Integer i) -> items.get(i).published(),
                Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
        boolean[] keep = new boolean[items.size()];
        IntStream.range(0, items.size()).boxed().sorted(newestFirst.thenComparing(Comparator.naturalOrder()))
                .limit(MAX_ITEMS).forEach(i -> keep[i] = true);
        List<FeedItem> kept = new ArrayList<>(MAX_ITEMS);
        for (int i = 0; i < items.size(); i++) {
            if (keep[i]) {
                kept.add(items.get(i));
            }
        }
        return kept;
    }

    static String content(String s) {
        return cut(blankToNull(s), MAX_CONTENT_CHARS);
    }

    /** Titles are plain text: feeds put markup and entities in them ("Atom type=html"), we keep the words. */
    static String title(String s) {
        String t = blankToNull(s);
        if (t == null) {
            return null;
        }
        if (t.indexOf('<') >= 0 || t.indexOf('&') >= 0) {
            t = Jsoup.parseBodyFragment(cut(t, MAX_TITLE_CHARS * 4)).text();
        }
        return cut(blankToNull(t.replaceAll("\\s+", " ")), MAX_TITLE_CHARS);
    }

    static String guid(String s) {
        String g = blankToNull(s);
        return g == null ? null : cut(g.strip(), MAX_GUID_CHARS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Cuts at a code-point boundary so no half surrogate pair survives. */
    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
